package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.progress.ActionStandingSql;

@Repository
class InspectionPageQueries {

    record InspectionRow(long id, String slug, String title, LocalDate publishedOn, String kind,
                         String referencePrefix, String source, String regionSlug, String regionName) {
    }

    record RegionalFindingRow(String reference, String title, String type, String section) {
    }

    record GradedBodyRow(String slug, String name, String type, String grade, long areasForImprovement,
                         long causesOfConcern, long innovativePractice, long promisingPractice, long observations,
                         long recommendations, long recommendationsDue, long recommendationsOverdue) {
    }

    private final JdbcClient jdbc;

    InspectionPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InspectionRow> inspection(String slug) {
        return jdbc.sql("""
                select i.id, i.slug, i.title, i.published_on, i.kind, i.reference_prefix, i.source,
                       r.slug as region_slug, r.name as region_name
                from inspection i left join region r on r.id = i.region_id where i.slug = :slug
                """).param("slug", slug).query(InspectionRow.class).optional();
    }

    List<RegionalFindingRow> regionalFindings(long inspectionId) {
        return jdbc.sql("""
                select reference, title, type, section from finding
                where inspection_id = :id and organisation_id is null and not withdrawn order by position
                """).param("id", inspectionId).query(RegionalFindingRow.class).list();
    }

    /**
     * Every graded body with its counts, in one statement (lateral aggregates, no per-row queries).
     * Recommendations due are those on track; overdue, those overdue.
     */
    List<GradedBodyRow> gradedBodies(long inspectionId, LocalDate today) {
        return jdbc.sql("""
                select o.slug, o.name, o.type, j.grade,
                       fc.areas_for_improvement, fc.causes_of_concern, fc.innovative_practice,
                       fc.promising_practice, fc.observations,
                       rc.recommendations, rc.recommendations_due, rc.recommendations_overdue
                from judgement j
                join organisation o on o.id = j.organisation_id
                cross join lateral (
                    select count(*) filter (where f.type = 'AREA_FOR_IMPROVEMENT') as areas_for_improvement,
                           count(*) filter (where f.type = 'CAUSE_OF_CONCERN') as causes_of_concern,
                           count(*) filter (where f.type = 'INNOVATIVE_PRACTICE') as innovative_practice,
                           count(*) filter (where f.type = 'PROMISING_PRACTICE') as promising_practice,
                           count(*) filter (where f.type = 'OBSERVATION') as observations
                    from finding f
                    where f.inspection_id = j.inspection_id and f.organisation_id = j.organisation_id and not f.withdrawn) fc
                cross join lateral (
                    select count(*) as recommendations,
                           count(*) filter (where""" + ActionStandingSql.ON_TRACK + """
                           ) as recommendations_due,
                           count(*) filter (where""" + ActionStandingSql.OVERDUE + """
                           ) as recommendations_overdue
                    from recommendation r
                    join finding f on f.id = r.finding_id
                    left join action a on a.recommendation_id = r.id
                    where f.inspection_id = j.inspection_id and r.organisation_id = j.organisation_id) rc
                where j.inspection_id = :id
                order by j.position
                """).param("id", inspectionId).param("today", today).query(GradedBodyRow.class).list();
    }
}
