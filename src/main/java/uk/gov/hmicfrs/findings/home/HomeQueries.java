package uk.gov.hmicfrs.findings.home;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

@Repository
class HomeQueries {

    private final EntityManager entityManager;

    HomeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The graded bodies of one inspection with their finding counts, in one statement. */
    List<GradedBodySummary> gradedBodies(long inspectionId) {
        return entityManager.createQuery("""
                select new uk.gov.hmicfrs.findings.home.GradedBodySummary(
                    j.inspection.id, o.slug, o.name, o.type, j.grade, j.sentence,
                    (select count(f) from Finding f where f.inspection = j.inspection and f.organisation = o
                        and f.type = uk.gov.hmicfrs.findings.finding.FindingType.AREA_FOR_IMPROVEMENT and f.withdrawn = false),
                    (select count(f) from Finding f where f.inspection = j.inspection and f.organisation = o
                        and f.type = uk.gov.hmicfrs.findings.finding.FindingType.CAUSE_OF_CONCERN and f.withdrawn = false),
                    (select count(r) from Recommendation r where r.finding.inspection = j.inspection and r.organisation = o))
                from Judgement j join j.organisation o
                where j.inspection.id = :inspectionId
                order by j.position
                """, GradedBodySummary.class).setParameter("inspectionId", inspectionId).getResultList();
    }
}
