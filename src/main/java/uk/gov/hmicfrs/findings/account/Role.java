package uk.gov.hmicfrs.findings.account;

public enum Role {
    INSPECTOR("Inspector"),
    FORCE_LEAD("Force lead"),
    ANALYST("Analyst"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. ROLE_INSPECTOR. */
    public String authority() {
        return "ROLE_" + name();
    }
}
