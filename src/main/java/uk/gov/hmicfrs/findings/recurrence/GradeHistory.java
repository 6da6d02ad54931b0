package uk.gov.hmicfrs.findings.recurrence;

import java.time.LocalDate;
import java.util.List;

/** An organisation's graded judgements across inspections, oldest first. */
public record GradeHistory(long organisationId, List<Entry> entries) {

    public record Entry(String inspectionTitle, String inspectionSlug, LocalDate publishedOn, String grade,
                        String gradeLabel, String gradeTagClass, String sentence) {
    }
}
