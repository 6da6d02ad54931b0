package uk.gov.hmicfrs.findings.progress;

/** A link or a file on the timeline; href is null for a file the viewer may not download. */
public record EvidenceItem(long id, boolean file, String text, String href, String sizeText) {
}
