package uk.gov.hmicfrs.findings.browse;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FindingQueries {

    record FindingRow(long id, String reference, String title, String body, String type, String section,
                      boolean withdrawn, String inspectionSlug, String inspectionTitle, java.time.LocalDate publishedOn,
                      String organisationSlug, String organisationName, String regionSlug, String regionName,
                      String previousReference, String previousTitle, String nextReference, String nextTitle) {
    }

    private final JdbcClient jdbc;

    FindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The finding with its inspection, organisation and its neighbours in report order, in one statement. */
    Optional<FindingRow> findByReference(String reference) {
        return jdbc.sql("""
                select x.* from (
                    select f.id, f.reference, f.title, f.body, f.type, f.section, f.withdrawn,
                           i.slug as inspection_slug, i.title as inspection_title, i.published_on,
                           o.slug as organisation_slug, o.name as organisation_name,
                           rg.slug as region_slug, rg.name as region_name,
                           lag(f.reference) over w as previous_reference, lag(f.title) over w as previous_title,
                           lead(f.reference) over w as next_reference, lead(f.title) over w as next_title
                    from finding f
                    join inspection i on i.id = f.inspection_id
                    left join organisation o on o.id = f.organisation_id
                    left join region rg on rg.id = i.region_id
                    where f.inspection_id = (select inspection_id from finding where reference = :reference)
                    window w as (order by f.position)
                ) x
                where x.reference = :reference
                """).param("reference", reference).query(FindingRow.class).optional();
    }
}
