package uk.gov.hmicfrs.findings.finding;

/**
 * A finding was added or revised. Published by {@link FindingWriter} inside the writing transaction, so
 * that what listens (progress tracking) writes with it or not at all.
 *
 * @param added true when the finding is new, so that nothing refers to it yet
 */
public record FindingRecorded(Finding finding, boolean added) {
}
