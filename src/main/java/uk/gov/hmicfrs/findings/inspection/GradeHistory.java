package uk.gov.hmicfrs.findings.inspection;

import java.time.LocalDate;
import java.util.List;

/** How one organisation's grade moved from inspection to inspection, oldest first. */
public record GradeHistory(String slug, String name, String regionName, List<Entry> entries) {

    /**
     * @param movement compared with the previous entry: "First grade", "Improved from …", "Declined from …" or "No change"
     */
    public record Entry(String inspectionSlug, String inspectionTitle, LocalDate publishedOn, String kindLabel,
                        Grade grade, String movement) {
    }
}
