package uk.gov.hmicfrs.findings.finding;

/**
 * A recommendation was added or revised. Published by {@link FindingWriter} inside the writing
 * transaction, so that what listens (progress tracking) writes with it or not at all.
 */
public record RecommendationRecorded(Recommendation recommendation) {
}
