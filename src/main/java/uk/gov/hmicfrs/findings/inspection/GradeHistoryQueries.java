package uk.gov.hmicfrs.findings.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's grades across inspections: one statement per method. */
@Repository
class GradeHistoryQueries {

    record OrganisationRow(String slug, String name, String regionName) {
    }

    record JudgementRow(String inspectionSlug, String inspectionTitle, LocalDate publishedOn, InspectionKind kind,
                        Grade grade) {
    }

    private final JdbcClient jdbc;

    GradeHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationRow> organisation(String slug) {
        return jdbc.sql("""
                select o.slug, o.name, r.name as region_name from organisation o join region r on r.id = o.region_id
                where o.slug = :slug
                """).param("slug", slug).query(OrganisationRow.class).optional();
    }

    /** The organisation's graded judgements, oldest inspection first. */
    List<JudgementRow> judgements(String organisationSlug) {
        return jdbc.sql("""
                select i.slug as inspection_slug, i.title as inspection_title, i.published_on, i.kind, j.grade
                from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id
                where o.slug = :slug
                order by i.published_on, i.id
                """).param("slug", organisationSlug).query(JudgementRow.class).list();
    }
}
