package uk.gov.hmicfrs.findings.progress;

import java.time.LocalDate;

/**
 * A recommendation as pages show it, with the standing of the action that tracks it and, beside it,
 * what the force says and what the inspectorate assessed, so nothing is hidden.
 *
 * @param dueOn       the current due date: the revised one when there is one, else the original
 * @param revised     whether the due date has been revised
 * @param forceStatus null when no action tracks it
 * @param assessment  the inspectorate's latest assessment; null when no action tracks it
 * @param standing    the action's standing; null when no action tracks it
 */
public record RecommendationView(String reference, String leadIn, String text, LocalDate dueOn, boolean revised,
                                 ForceStatus forceStatus, AssessmentOutcome assessment, ActionStanding standing,
                                 String findingReference, String findingTitle,
                                 String organisationSlug, String organisationName) {

    private static final String NOT_TRACKED = "Not tracked";

    public boolean overdue() {
        return standing == ActionStanding.OVERDUE;
    }

    public String statusLabel() {
        return standing == null ? NOT_TRACKED : standing.label();
    }

    /** Kept out of the template: Thymeleaf reads a double underscore there as preprocessing. */
    public String statusTagClass() {
        return standing == null ? "govuk-tag govuk-tag--grey" : standing.tagClass();
    }

    public String forceStatusLabel() {
        return forceStatus == null ? NOT_TRACKED : forceStatus.label();
    }

    public boolean tracked() {
        return standing != null;
    }
}
