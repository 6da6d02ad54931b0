package uk.gov.hmicfrs.findings.progress;

/** What the force says about its own progress. */
public enum ForceStatus {
    NOT_STARTED("Not started", "govuk-tag--grey"),
    IN_PROGRESS("In progress", "govuk-tag--blue"),
    COMPLETED("Completed", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    ForceStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return "govuk-tag " + tagClass;
    }
}
