package uk.gov.hmicfrs.findings.finding;

/**
 * A recommendation was added or revised. Published by {@link FindingWriter} inside the writing
 * transaction, so that what listens (progress tracking) writes with it or not at all.
 *
 * @param added true when the recommendation is new, so that nothing refers to it yet
 */
public record RecommendationRecorded(Recommendation recommendation, boolean added) {
}
