package uk.gov.hmicfrs.findings.finding;

/**
 * A finding was added or revised. Published by {@link FindingWriter} inside the writing transaction, so
 * that what listens (progress tracking) writes with it or not at all.
 */
public record FindingRecorded(Finding finding) {
}
