package uk.gov.hmicfrs.findings.audit;

/** What an audit event is about. */
public enum AuditEntityType {
    ACTION("Action"),
    USER("User"),
    INSPECTION("Inspection"),
    JUDGEMENT("Judgement"),
    FINDING("Finding"),
    RECOMMENDATION("Recommendation"),
    THEME("Theme"),
    /** A refused request to anything else; the entity id is the path. */
    OTHER("Other");

    private final String label;

    AuditEntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
