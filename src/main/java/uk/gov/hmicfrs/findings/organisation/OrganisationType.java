package uk.gov.hmicfrs.findings.organisation;

public enum OrganisationType {
    TERRITORIAL_FORCE("Territorial police force"),
    OTHER_FORCE("Other police force"),
    ROCU("Regional organised crime unit");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
