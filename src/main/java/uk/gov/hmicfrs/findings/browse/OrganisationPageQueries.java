package uk.gov.hmicfrs.findings.browse;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.progress.ActionStandingSql;

/** Read-only projections for the region and organisation pages: one statement per method. */
@Repository
class OrganisationPageQueries {

    record OrganisationRow(long id, String slug, String name, String type, String regionSlug, String regionName) {
    }

    record GradeRow(String inspectionSlug, String inspectionTitle, java.time.LocalDate publishedOn, String grade,
                    String sentence) {
    }

    record FindingRow(long inspectionId, String inspectionSlug, String inspectionTitle, java.time.LocalDate publishedOn,
                      String reference, String title, String type, String section) {
    }

    record InspectionCountRow(String inspectionSlug, String inspectionTitle, java.time.LocalDate publishedOn,
                              long findings) {
    }

    record KeyFigureRow(String label, java.math.BigDecimal value, String unit, String period, String inspectionTitle,
                        String findingReference) {
    }

    record RegionRow(long id, String slug, String name) {
    }

    record RegionMemberRow(String slug, String name, String type, String grade, String inspectionSlug,
                           String inspectionTitle, long openRecommendations, long overdueRecommendations,
                           long openAreasForImprovement) {
    }

    record RegionalFindingRow(String inspectionSlug, String inspectionTitle, java.time.LocalDate publishedOn,
                              long findings, String reference, String title, String type, String section) {
    }

    private final JdbcClient jdbc;

    OrganisationPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationRow> organisation(String slug) {
        return jdbc.sql("""
                select o.id, o.slug, o.name, o.type, r.slug as region_slug, r.name as region_name
                from organisation o join region r on r.id = o.region_id where o.slug = :slug
                """).param("slug", slug).query(OrganisationRow.class).optional();
    }

    List<GradeRow> grades(long organisationId) {
        return jdbc.sql("""
                select i.slug as inspection_slug, i.title as inspection_title, i.published_on, j.grade, j.sentence
                from judgement j join inspection i on i.id = j.inspection_id
                where j.organisation_id = :id order by i.published_on desc, i.id desc
                """).param("id", organisationId).query(GradeRow.class).list();
    }

    /**
     * The findings of the latest inspection with findings about the organisation, in report order.
     * Mapped by hand, as an inspection can have over a hundred: reflective mapping costs per row.
     */
    List<FindingRow> latestInspectionFindings(long organisationId) {
        return jdbc.sql("""
                select i.id as inspection_id, i.slug as inspection_slug, i.title as inspection_title, i.published_on,
                       f.reference, f.title, f.type, f.section
                from finding f join inspection i on i.id = f.inspection_id
                where f.organisation_id = :id and not f.withdrawn
                  and f.inspection_id = (select latest.inspection_id from finding latest
                                         where latest.organisation_id = :id and not latest.withdrawn
                                         order by latest.published_on desc, latest.inspection_id desc limit 1)
                order by f.position
                """).param("id", organisationId)
                .query((rs, row) -> new FindingRow(rs.getLong("inspection_id"), rs.getString("inspection_slug"),
                        rs.getString("inspection_title"), rs.getObject("published_on", java.time.LocalDate.class),
                        rs.getString("reference"), rs.getString("title"), rs.getString("type"), rs.getString("section")))
                .list();
    }

    /** How many findings each inspection made about the organisation, newest first (from an index). */
    List<InspectionCountRow> findingsPerInspection(long organisationId) {
        return jdbc.sql("""
                select i.slug as inspection_slug, i.title as inspection_title, i.published_on, c.findings
                from (select f.inspection_id, count(*) as findings from finding f
                      where f.organisation_id = :id and not f.withdrawn group by f.inspection_id) c
                join inspection i on i.id = c.inspection_id
                order by i.published_on desc, i.id desc
                """).param("id", organisationId).query(InspectionCountRow.class).list();
    }

    List<KeyFigureRow> keyFigures(long organisationId) {
        return jdbc.sql("""
                select k.label, k.value, k.unit, k.period, i.title as inspection_title, f.reference as finding_reference
                from key_figure k join inspection i on i.id = k.inspection_id left join finding f on f.id = k.finding_id
                where k.organisation_id = :id order by i.published_on desc, i.id desc, k.position
                """).param("id", organisationId).query(KeyFigureRow.class).list();
    }

    Optional<RegionRow> region(String slug) {
        return jdbc.sql("select id, slug, name from region where slug = :slug")
                .param("slug", slug).query(RegionRow.class).optional();
    }

    /** The region's ROCU first, then its forces, each with its latest grade and open actions, in one statement. */
    List<RegionMemberRow> regionMembers(long regionId, java.time.LocalDate today) {
        return jdbc.sql("""
                select o.slug, o.name, o.type, lj.grade, lj.inspection_slug, lj.inspection_title,
                       coalesce(ac.open_recommendations, 0) as open_recommendations,
                       coalesce(ac.overdue_recommendations, 0) as overdue_recommendations,
                       coalesce(ac.open_areas_for_improvement, 0) as open_areas_for_improvement
                from organisation o
                left join lateral (
                    select j.grade, i.slug as inspection_slug, i.title as inspection_title
                    from judgement j join inspection i on i.id = j.inspection_id
                    where j.organisation_id = o.id
                    order by i.published_on desc, i.id desc limit 1) lj on true
                left join lateral (
                    select count(*) filter (where a.recommendation_id is not null) as open_recommendations,
                           count(*) filter (where a.recommendation_id is not null and""" + ActionStandingSql.OVERDUE + """
                           ) as overdue_recommendations,
                           count(*) filter (where a.finding_id is not null) as open_areas_for_improvement
                    from action a
                    where a.organisation_id = o.id and""" + ActionStandingSql.OPEN + """
                    ) ac on true
                where o.region_id = :id
                order by case when o.type = 'ROCU' then 0 else 1 end, o.name
                """).param("id", regionId).param("today", today).query(RegionMemberRow.class).list();
    }

    /**
     * The region's inspections with regional findings, newest first, each with how many; the newest one
     * also with its regional findings in report order (a row each), the others a row with null findings.
     * Bounded by the inspections that made regional findings, not by every inspection of the region.
     */
    List<RegionalFindingRow> regionalFindings(long regionId) {
        return jdbc.sql("""
                with regional as (
                    select f.inspection_id, count(*) as findings from finding f
                    where f.region_id = :id and f.organisation_id is null and not f.withdrawn
                    group by f.inspection_id
                ),
                newest as (
                    select r.inspection_id from regional r join inspection i on i.id = r.inspection_id
                    order by i.published_on desc, i.id desc limit 1
                )
                select i.slug as inspection_slug, i.title as inspection_title, i.published_on, r.findings,
                       f.reference, f.title, f.type, f.section
                from regional r
                join inspection i on i.id = r.inspection_id
                left join finding f on f.inspection_id = r.inspection_id
                     and r.inspection_id = (select inspection_id from newest)
                     and f.organisation_id is null and not f.withdrawn
                order by i.published_on desc, i.id desc, f.position
                """).param("id", regionId)
                .query((rs, row) -> new RegionalFindingRow(rs.getString("inspection_slug"), rs.getString("inspection_title"),
                        rs.getObject("published_on", java.time.LocalDate.class), rs.getLong("findings"),
                        rs.getString("reference"), rs.getString("title"), rs.getString("type"), rs.getString("section")))
                .list();
    }
}
