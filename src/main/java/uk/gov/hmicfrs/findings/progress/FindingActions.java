package uk.gov.hmicfrs.findings.progress;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.FindingRecorded;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.RecommendationRecorded;
import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.FieldRuleException;

/**
 * Every area for improvement and every recommendation is an action: the rule lives here, for authoring
 * and import alike (the seed got its actions from migration V4). Listens to the finding writer inside the
 * writing transaction (not after commit), so a finding and its action are saved together or not at all.
 */
@Component
class FindingActions {

    private final TrackedActionRepository actions;
    private final OrganisationRepository organisations;
    private final Today today;

    FindingActions(TrackedActionRepository actions, OrganisationRepository organisations, Today today) {
        this.actions = actions;
        this.organisations = organisations;
        this.today = today;
    }

    /** An area for improvement is owned by its organisation or, for a regional one, the region's ROCU. */
    @EventListener
    void findingRecorded(FindingRecorded event) {
        Finding finding = event.finding();
        if (finding.getType() != FindingType.AREA_FOR_IMPROVEMENT || !event.added() && actions.existsByFinding(finding)) {
            return;
        }
        Organisation owner = finding.getOrganisation();
        if (owner == null && finding.getInspection().getRegion() != null) {
            owner = organisations.findOfTypeInRegion(OrganisationType.ROCU, finding.getInspection().getRegion())
                    .orElse(null);
        }
        if (owner == null) {
            throw new FieldRuleException("organisationId",
                    "Select an organisation: a regional area for improvement needs a region with a ROCU to own it");
        }
        actions.save(new TrackedAction(finding, owner, today.now()));
    }

    @EventListener
    void recommendationRecorded(RecommendationRecorded event) {
        // a new one has no action yet: an import adds many, and need not look each one up
        Optional<TrackedAction> existing = event.added() ? Optional.empty() : actions.findByRecommendation(event.recommendation());
        existing.ifPresentOrElse(
                action -> action.follow(event.recommendation()),
                () -> actions.save(new TrackedAction(event.recommendation(), today.now())));
    }
}
