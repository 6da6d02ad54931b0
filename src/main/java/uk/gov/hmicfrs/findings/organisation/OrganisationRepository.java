package uk.gov.hmicfrs.findings.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySlug(String slug);

    /** The region's organisation of this type (its ROCU, say). */
    Optional<Organisation> findFirstByRegionAndType(Region region, OrganisationType type);

    /** Every organisation with its region, regions in order, each region's ROCU before its forces. */
    @Query("""
            select o from Organisation o join fetch o.region r
            order by r.position, case when o.type = uk.gov.hmicfrs.findings.organisation.OrganisationType.ROCU then 0 else 1 end, o.name
            """)
    List<Organisation> findAllWithRegionInOrder();
}
