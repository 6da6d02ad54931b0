package uk.gov.hmicfrs.findings.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    Optional<Inspection> findBySlug(String slug);

    @Query("""
            select new uk.gov.hmicfrs.findings.inspection.InspectionSummary(
                i.id, i.slug, i.title, i.publishedOn, i.kind, r.name, r.slug)
            from Inspection i left join i.region r
            order by i.publishedOn desc, i.id desc
            """)
    List<InspectionSummary> findRecent(Limit limit);
}
