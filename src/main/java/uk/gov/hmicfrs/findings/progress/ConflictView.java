package uk.gov.hmicfrs.findings.progress;

import java.util.List;

/**
 * What the 409 page shows: the action as it is now beside what the user submitted, and the
 * latest entry that someone else made.
 */
public record ConflictView(List<Row> rows, TimelineEntry latest) {

    public record Row(String label, String current, String submitted) {
    }
}
