package uk.gov.hmicfrs.findings.finding;

/** The kinds of finding a report records, with the report's own words for each. */
public enum FindingType {
    AREA_FOR_IMPROVEMENT("Area for improvement", "AFI", "govuk-tag--yellow"),
    CAUSE_OF_CONCERN("Cause of concern", "COC", "govuk-tag--red"),
    INNOVATIVE_PRACTICE("Innovative practice", "IP", "govuk-tag--green"),
    PROMISING_PRACTICE("Promising practice", "PP", "govuk-tag--turquoise"),
    OBSERVATION("Observation", "OBS", "govuk-tag--grey");

    private final String label;
    private final String code;
    private final String tagClass;

    FindingType(String label, String code, String tagClass) {
        this.label = label;
        this.code = code;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The part of a finding reference that names its type, as in WM-SOC-2024-WMERC-COC-1. */
    public String code() {
        return code;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Areas for improvement and recommendations are what forces must act on. */
    public boolean isActionable() {
        return this == AREA_FOR_IMPROVEMENT || this == CAUSE_OF_CONCERN;
    }
}
