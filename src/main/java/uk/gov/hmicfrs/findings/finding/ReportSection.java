package uk.gov.hmicfrs.findings.finding;

/** The parts of an inspection report that findings sit in, in report order. */
public enum ReportSection {
    SUMMARY("Summary"),
    REGIONAL("Regional findings"),
    UNDERSTANDING("Understanding SOC and setting priorities to tackle it"),
    RESOURCES("Resources and skills"),
    TACKLING("Tackling SOC and safeguarding people and communities");

    private final String label;

    ReportSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
