package uk.gov.hmicfrs.findings.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySlug(String slug);

    /** The region's organisation of this type (its ROCU, say). A JPQL query, planned once: an import asks often. */
    @Query("select o from Organisation o where o.region = :region and o.type = :type order by o.position limit 1")
    Optional<Organisation> findOfTypeInRegion(OrganisationType type, Region region);

    /** Every organisation with its region, regions in order, each region's ROCU before its forces. */
    @Query("""
            select o from Organisation o join fetch o.region r
            order by r.position, case when o.type = uk.gov.hmicfrs.findings.organisation.OrganisationType.ROCU then 0 else 1 end, o.name
            """)
    List<Organisation> findAllWithRegionInOrder();
}
