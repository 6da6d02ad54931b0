package uk.gov.hmicfrs.findings.progress;

public enum EvidenceKind {
    LINK, FILE
}
