package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
import java.util.List;

/**
 * A progress update or an assessment, in date order.
 *
 * @param heading   "Progress update" or "Assessment"
 * @param tagText   the status or outcome it records
 * @param change    for an update, "Status changed from X to Y" or null
 */
public record TimelineEntry(String id, Instant at, String atText, String heading, String who, String tagText,
                            String tagClass, String change, String text, List<EvidenceItem> evidence) {

    public String isoAt() {
        return at.toString();
    }
}
