package uk.gov.hmicfrs.findings.inspection;

import java.time.LocalDate;

public record InspectionSummary(long id, String slug, String title, LocalDate publishedOn, InspectionKind kind,
                                String regionName, String regionSlug) {
}
