package uk.gov.hmicfrs.findings.finding;

/** A finding in a list: enough to link to it and show its type tag. */
public record FindingSummary(String reference, String title, FindingType type, ReportSection section) {

    public String typeTagClass() {
        return "govuk-tag " + type.tagClass();
    }
}
