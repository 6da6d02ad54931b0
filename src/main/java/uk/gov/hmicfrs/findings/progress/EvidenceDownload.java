package uk.gov.hmicfrs.findings.progress;

public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
