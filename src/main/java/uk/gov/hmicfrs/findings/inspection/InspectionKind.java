package uk.gov.hmicfrs.findings.inspection;

public enum InspectionKind {
    REGIONAL_SOC("Regional serious and organised crime inspection"),
    SOC_PEEL("Serious and organised crime PEEL inspection"),
    PEEL("PEEL inspection"),
    INTEGRATED_PEEL("Integrated PEEL inspection"),
    THEMATIC("Thematic inspection");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
