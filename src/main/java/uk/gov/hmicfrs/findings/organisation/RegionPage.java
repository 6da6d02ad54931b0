package uk.gov.hmicfrs.findings.organisation;

import java.time.LocalDate;
import java.util.List;

import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.inspection.Grade;

public record RegionPage(String slug, String name, List<Member> members, List<RegionalInspection> inspections) {

    /** The ROCU or a force, with its latest grade (null when never graded) and its open actions. */
    public record Member(String slug, String name, OrganisationType type, Grade latestGrade, String inspectionSlug,
                         String inspectionTitle, long openRecommendations, long overdueRecommendations,
                         long openAreasForImprovement) {

        public String gradeTagClass() {
            return latestGrade == null ? "govuk-tag govuk-tag--grey" : "govuk-tag " + latestGrade.tagClass();
        }
    }

    public record RegionalInspection(String slug, String title, LocalDate publishedOn, List<FindingSummary> findings) {
    }
}
