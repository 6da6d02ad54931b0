package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;

/** Projections for the timeline, read without loading entities (and never the file content). */
public final class TimelineRows {

    private TimelineRows() {
    }

    public record UpdateRow(long id, Instant createdAt, String authorName, ForceStatus statusBefore, ForceStatus statusAfter,
                     String narrative) {
    }

    public record AssessmentRow(long id, Instant createdAt, String assessorName, AssessmentOutcome assessment, String note) {
    }

    public record EvidenceRow(long id, long progressUpdateId, EvidenceKind kind, String url, String fileName,
                       String contentType, Long sizeBytes) {
    }

    /** What a download needs, plus the owning organisation to authorise it. */
    public record EvidenceFileRow(long id, long organisationId, EvidenceKind kind, String fileName, String contentType,
                           byte[] content) {
    }
}
