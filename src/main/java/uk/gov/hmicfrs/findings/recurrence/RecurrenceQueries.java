package uk.gov.hmicfrs.findings.recurrence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.recurrence.RecurrenceService.Candidate;

/** Repeat chains and grade histories, each one statement (a recursive query for the chain) whatever its length. */
@Repository
class RecurrenceQueries {

    private final JdbcClient jdbc;

    RecurrenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param start the condition on finding f that picks the first link, with its value as :start */
    List<RecurrenceChain.Link> chain(String start, Object value) {
        return jdbc.sql("""
                        with recursive chain (id, repeats_id, depth) as (
                            select f.id, f.repeats_finding_id, 0 from finding f where %s
                            union all
                            select f.id, f.repeats_finding_id, c.depth + 1
                            from chain c join finding f on f.id = c.repeats_id
                            where c.depth < 50
                        )
                        select f.id, f.reference, f.title, f.type, f.withdrawn, i.title as inspection_title,
                               i.slug as inspection_slug, i.published_on, c.depth
                        from chain c join finding f on f.id = c.id join inspection i on i.id = f.inspection_id
                        order by c.depth""".formatted(start))
                .param("start", value)
                .query((rs, n) -> new RecurrenceChain.Link(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("title"), FindingType.valueOf(rs.getString("type")).label(),
                        rs.getBoolean("withdrawn"), rs.getString("inspection_title"), rs.getString("inspection_slug"),
                        rs.getDate("published_on").toLocalDate()))
                .list();
    }

    /** Candidates for "repeats": findings of the same organisation (or regional ones) from earlier inspections. */
    List<Candidate> earlierCandidates(String reference) {
        return jdbc.sql("""
                        select e.reference, e.title, i.title as inspection_title
                        from finding f join inspection fi on fi.id = f.inspection_id
                        join finding e on e.inspection_id <> f.inspection_id
                        join inspection i on i.id = e.inspection_id
                        where f.reference = :r and i.published_on <= fi.published_on
                          and (e.organisation_id = f.organisation_id or e.organisation_id is null or f.organisation_id is null)
                        order by i.published_on desc, e.position""")
                .param("r", reference).query(Candidate.class).list();
    }
}
