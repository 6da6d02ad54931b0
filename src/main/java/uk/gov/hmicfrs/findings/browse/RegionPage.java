package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;
import java.util.List;

import uk.gov.hmicfrs.findings.finding.FindingCount;
import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;

/**
 * A region: its ROCU and forces, the regional findings of the latest inspection that made any (null
 * when none has), and the earlier inspections that made regional findings, with how many.
 */
public record RegionPage(String slug, String name, List<Member> members, RegionalInspection latest,
                         List<EarlierRegionalInspection> earlier) {

    /** The ROCU or a force, with its latest grade (null when never graded) and its open actions. */
    public record Member(String slug, String name, OrganisationType type, Grade latestGrade, String inspectionSlug,
                         String inspectionTitle, long openRecommendations, long overdueRecommendations,
                         long openAreasForImprovement) {

        public String gradeTagClass() {
            return latestGrade == null ? "govuk-tag govuk-tag--grey" : "govuk-tag " + latestGrade.tagClass();
        }
    }

    public record RegionalInspection(String slug, String title, LocalDate publishedOn, List<FindingSummary> findings) {

        public String findingCountLabel() {
            return FindingCount.label(findings.size());
        }
    }

    public record EarlierRegionalInspection(String slug, String title, LocalDate publishedOn, long findingCount) {

        public String findingCountLabel() {
            return FindingCount.label(findingCount);
        }
    }
}
