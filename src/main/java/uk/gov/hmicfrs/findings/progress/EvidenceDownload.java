package uk.gov.hmicfrs.findings.progress;

/** An evidence file to send, with the organisation whose action it belongs to (who may see it depends on that). */
public record EvidenceDownload(long organisationId, String fileName, String contentType, byte[] content) {
}
