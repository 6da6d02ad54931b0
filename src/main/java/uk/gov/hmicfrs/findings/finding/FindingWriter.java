package uk.gov.hmicfrs.findings.finding;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.inspection.Inspection;
import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * The one way findings and recommendations are written, by authoring, import and repeat links alike.
 * Each addition or revision is announced ({@link FindingRecorded}, {@link RecommendationRecorded}) in
 * the same transaction, which is how progress tracking gives every area for improvement and every
 * recommendation its action without this feature knowing about actions. MANDATORY: the caller's service
 * method has checked who may write and owns the transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FindingWriter {

    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final ApplicationEventPublisher events;

    FindingWriter(FindingRepository findings, RecommendationRepository recommendations, ApplicationEventPublisher events) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.events = events;
    }

    /**
     * Writes what this transaction changed now rather than at commit: the pages read with SQL what was
     * just written, and a save that overtook this one since its version check is a stale edit too.
     *
     * @param what the kind of record being saved, for the stale-edit message; @param id its id or reference
     */
    public void saveNow(String what, Object id) {
        try {
            findings.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(what, id);
        }
    }

    /** @param organisation null for a regional finding; @param repeats null when it repeats no earlier finding */
    public Finding add(Inspection inspection, Organisation organisation, ReportSection section, FindingType type,
                       String title, String body, int position, String reference, Finding repeats,
                       Collection<Long> themeIds) {
        Finding finding = findings.save(new Finding(inspection, organisation, section, type, title, body, position,
                reference, repeats, themeIds));
        events.publishEvent(new FindingRecorded(finding, true));
        return finding;
    }

    public void revise(Finding finding, ReportSection section, FindingType type, Organisation organisation,
                       String title, String body, Collection<Long> themeIds) {
        finding.revise(section, type, organisation, title, body, themeIds);
        events.publishEvent(new FindingRecorded(finding, false));
    }

    /** Withdrawing keeps the finding (and its reference) visible, marked as withdrawn. */
    public void withdraw(Finding finding) {
        finding.withdraw();
    }

    /** @param earlier null: it no longer repeats an earlier finding */
    public void linkRepeat(Finding finding, Finding earlier) {
        finding.repeat(earlier);
    }

    public Recommendation addRecommendation(Finding finding, Organisation organisation, String reference,
                                            String leadIn, String text, LocalDate dueOn, int position,
                                            Collection<Long> themeIds) {
        Recommendation recommendation = recommendations.save(new Recommendation(finding, organisation, reference,
                leadIn, text, dueOn, position, themeIds));
        events.publishEvent(new RecommendationRecorded(recommendation, true));
        return recommendation;
    }

    public void reviseRecommendation(Recommendation recommendation, Organisation organisation, String leadIn,
                                     String text, LocalDate dueOn, Collection<Long> themeIds) {
        recommendation.revise(organisation, leadIn, text, dueOn, themeIds);
        events.publishEvent(new RecommendationRecorded(recommendation, false));
    }
}
