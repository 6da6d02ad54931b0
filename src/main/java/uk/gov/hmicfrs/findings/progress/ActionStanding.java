package uk.gov.hmicfrs.findings.progress;

import java.time.LocalDate;

/**
 * Where an action stands, as every page, list, export, chart and the API say it. Decided here in Java
 * by {@link #of} and in SQL by {@link ActionStandingSql#STANDING}; a test holds the two to the same
 * answer for every combination.
 */
public enum ActionStanding {
    ON_TRACK("On track", "govuk-tag--green"),
    OVERDUE("Overdue", "govuk-tag--red"),
    AWAITING_ASSESSMENT("Awaiting assessment", "govuk-tag--orange"),
    CLOSED("Closed", "govuk-tag--blue");

    private final String label;
    private final String tagClass;

    ActionStanding(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    /**
     * Closed when the inspectorate assessed it met or superseded; otherwise awaiting assessment when the
     * force says it is completed, whatever its date (the force has done its part); otherwise overdue when
     * its current due date has passed; otherwise on track (no due date is never overdue).
     *
     * @param currentDueOn the revised due date when there is one, else the original; null when none
     * @param today        {@code Today.date()}: the date in England and Wales
     */
    public static ActionStanding of(ForceStatus forceStatus, AssessmentOutcome assessment, LocalDate currentDueOn,
                                    LocalDate today) {
        if (assessment.closes()) {
            return CLOSED;
        }
        if (forceStatus == ForceStatus.COMPLETED) {
            return AWAITING_ASSESSMENT;
        }
        if (currentDueOn != null && currentDueOn.isBefore(today)) {
            return OVERDUE;
        }
        return ON_TRACK;
    }

    public String label() {
        return label;
    }

    /** Kept out of templates: Thymeleaf reads a double underscore there as preprocessing. */
    public String tagClass() {
        return "govuk-tag " + tagClass;
    }
}
