package uk.gov.hmicfrs.findings.recurrence;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.FindingRepository;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.FindingWriter;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Which findings repeat earlier ones. Each read is one statement (a recursive query for the chain),
 * whatever the length of the history.
 */
@Service
@Transactional(readOnly = true)
public class RecurrenceService {

    private final RecurrenceQueries queries;
    private final FindingRepository findings;
    private final FindingWriter writer;
    private final AuditService audit;

    RecurrenceService(RecurrenceQueries queries, FindingRepository findings, FindingWriter writer, AuditService audit) {
        this.queries = queries;
        this.findings = findings;
        this.writer = writer;
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
        List<RecurrenceChain.Link> links = queries.chain(start, value);
        long inspections = links.stream().map(RecurrenceChain.Link::inspectionSlug).distinct().count();
        return new RecurrenceChain(links, (int) inspections);
    }

    /** Candidates for "repeats": findings of the same organisation (or regional ones) from earlier inspections. */
    public List<Candidate> earlierCandidates(String reference) {
        return queries.earlierCandidates(reference);
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
        Finding finding = findings.findByReference(reference)
                .orElseThrow(() -> new RecurrenceRuleException("No finding " + reference));
        Finding earlier = null;
        if (earlierReference != null && !earlierReference.isBlank()) {
            earlier = findings.findByReference(earlierReference.strip())
                    .orElseThrow(() -> new RecurrenceRuleException("Enter the reference of an existing finding"));
            if (earlier.getInspection().getId().equals(finding.getInspection().getId())) {
                throw new RecurrenceRuleException("The earlier finding must be from an earlier inspection");
            }
            if (earlier.getInspection().getPublishedOn().isAfter(finding.getInspection().getPublishedOn())) {
                throw new RecurrenceRuleException("The earlier finding must be from an earlier inspection");
            }
            boolean loop = chainFor(earlier.getId()).links().stream().anyMatch(l -> l.findingId() == finding.getId());
            if (loop) {
                throw new RecurrenceRuleException("That finding already repeats this one");
            }
        }
        if (version == null || version != finding.getVersion()) {
            throw new StaleEditException("finding", reference);
        }
        writer.linkRepeat(finding, earlier);
        writer.saveNow("finding", reference);
        audit.recordChange(user, "LINKED", AuditEntityType.FINDING, reference, earlier == null ? "no longer a repeat" : "repeats " + earlierReference.strip());
    }
}
