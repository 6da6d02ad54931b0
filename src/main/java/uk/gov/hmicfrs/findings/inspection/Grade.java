package uk.gov.hmicfrs.findings.inspection;

/** The inspectorate's five-point scale, best first. */
public enum Grade {
    OUTSTANDING("Outstanding", "govuk-tag--turquoise"),
    GOOD("Good", "govuk-tag--green"),
    ADEQUATE("Adequate", "govuk-tag--blue"),
    REQUIRES_IMPROVEMENT("Requires improvement", "govuk-tag--orange"),
    INADEQUATE("Inadequate", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    Grade(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour: colour is never the only signal, the label is always shown. */
    public String tagClass() {
        return tagClass;
    }
}
