package uk.gov.hmicfrs.findings.progress;

import org.springframework.stereotype.Component;

import uk.gov.hmicfrs.findings.account.Access;

/**
 * ActionService's rules (its canUpdate, canAssess and canSeeEvidence) for method security, as
 * {@code @actionAccess...}: the same rules that decide what the action page offers.
 */
@Component("actionAccess")
public class ActionAccess {

    private final TrackedActionRepository actions;

    ActionAccess(TrackedActionRepository actions) {
        this.actions = actions;
    }

    /**
     * Whether the signed-in user may report progress on this action: the lead of its organisation.
     * True when there is no such action, so that the method answers "not found" as it would anyway.
     */
    public boolean mayReportOn(long actionId) {
        return actions.findRow(actionId).map(action -> mayReportFor(action.organisationId())).orElse(true);
    }

    /** Whether the signed-in user may report progress on this organisation's actions. */
    public boolean mayReportFor(long organisationId) {
        return Access.currentUser().map(user -> ActionService.canUpdate(user, organisationId)).orElse(false);
    }

    public boolean mayAssess() {
        return Access.currentUser().map(ActionService::canAssess).orElse(false);
    }

    public boolean maySeeEvidenceOf(long organisationId) {
        return Access.currentUser().map(user -> ActionService.canSeeEvidence(user, organisationId)).orElse(false);
    }
}
