package uk.gov.hmicfrs.findings.progress;

import java.util.List;

/** The inspectorate's view of an action. Met and superseded close it. */
public enum AssessmentOutcome {
    NOT_ASSESSED("Not assessed", "govuk-tag--grey"),
    NOT_MET("Not met", "govuk-tag--red"),
    PARTIALLY_MET("Partially met", "govuk-tag--yellow"),
    MET("Met", "govuk-tag--green"),
    SUPERSEDED("Superseded", "govuk-tag--purple");

    /** What an inspector can record (not assessed is only the starting point). */
    public static final List<AssessmentOutcome> RECORDABLE = List.of(NOT_MET, PARTIALLY_MET, MET, SUPERSEDED);

    private final String label;
    private final String tagClass;

    AssessmentOutcome(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return "govuk-tag " + tagClass;
    }

    public boolean closes() {
        return this == MET || this == SUPERSEDED;
    }
}
