package uk.gov.hmicfrs.findings.recurrence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Which findings repeat earlier ones. Each read is one statement (a recursive query for the chain),
 * whatever the length of the history.
 */
@Service
@Transactional(readOnly = true)
public class RecurrenceService {

    private final JdbcClient jdbc;
    private final AuditService audit;

    RecurrenceService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The finding and the chain of earlier findings it repeats; empty links when there is no such finding. */
    public RecurrenceChain chainFor(long findingId) {
        return chain("f.id = :start", findingId);
    }

    /** The same, found by reference, in one statement (the finding page adds just this one). */
    public RecurrenceChain chainFor(String reference) {
        return chain("f.reference = :start", reference);
    }

    private RecurrenceChain chain(String start, Object value) {
        List<RecurrenceChain.Link> links = jdbc.sql("""
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
        long inspections = links.stream().map(RecurrenceChain.Link::inspectionSlug).distinct().count();
        return new RecurrenceChain(links, (int) inspections);
    }

    /** Candidates for "repeats": findings of the same organisation (or regional ones) from earlier inspections. */
    public List<Candidate> earlierCandidates(String reference) {
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

    public record Candidate(String reference, String title, String inspectionTitle) {
    }

    /**
     * Links a finding as a repeat of an earlier finding (blank reference: removes the link). Inspectors
     * only. The earlier finding must be from another, earlier (or same-day) inspection, and the link must
     * not make a loop.
     */
    @Transactional
    @PreAuthorize("hasRole('INSPECTOR')")
    public void linkRepeat(CurrentUser user, String reference, String earlierReference, Integer version) {
        record Row(long id, long inspectionId, java.time.LocalDate publishedOn) {
        }
        Row finding = jdbc.sql("""
                        select f.id, f.inspection_id, i.published_on from finding f join inspection i on i.id = f.inspection_id
                        where f.reference = :r""").param("r", reference).query(Row.class).optional()
                .orElseThrow(() -> new RecurrenceRuleException("No finding " + reference));
        Long earlierId = null;
        if (earlierReference != null && !earlierReference.isBlank()) {
            Row earlier = jdbc.sql("""
                            select f.id, f.inspection_id, i.published_on from finding f join inspection i on i.id = f.inspection_id
                            where f.reference = :r""").param("r", earlierReference.strip()).query(Row.class).optional()
                    .orElseThrow(() -> new RecurrenceRuleException("Enter the reference of an existing finding"));
            if (earlier.inspectionId() == finding.inspectionId()) {
                throw new RecurrenceRuleException("The earlier finding must be from an earlier inspection");
            }
            if (earlier.publishedOn().isAfter(finding.publishedOn())) {
                throw new RecurrenceRuleException("The earlier finding must be from an earlier inspection");
            }
            boolean loop = chainFor(earlier.id()).links().stream().anyMatch(l -> l.findingId() == finding.id());
            if (loop) {
                throw new RecurrenceRuleException("That finding already repeats this one");
            }
            earlierId = earlier.id();
        }
        int updated = jdbc.sql("""
                        update finding set repeats_finding_id = :earlier, version = version + 1
                        where id = :id and version = :version""")
                .param("earlier", earlierId).param("id", finding.id()).param("version", version).update();
        if (updated == 0) {
            throw new StaleEditException("finding", reference);
        }
        audit.recordChange(user, "LINKED", AuditEntityType.FINDING, reference, earlierId == null ? "no longer a repeat" : "repeats " + earlierReference.strip());
    }
}
