package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;
import java.util.List;

import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;

public record InspectionPage(String slug, String title, LocalDate publishedOn, InspectionKind kind,
                             String referencePrefix, String source, String regionSlug, String regionName,
                             List<FindingSummary> regionalFindings, List<GradedBody> gradedBodies) {

    /** The report's web address, only when it is an http(s) link (never a javascript: or other scheme). */
    public String sourceUrl() {
        return source != null && (source.startsWith("https://") || source.startsWith("http://")) ? source : null;
    }

    /** A graded body with its counts by finding type and its recommendations due and overdue. */
    public record GradedBody(String slug, String name, OrganisationType type, Grade grade,
                             long areasForImprovement, long causesOfConcern, long innovativePractice,
                             long promisingPractice, long observations,
                             long recommendations, long recommendationsDue, long recommendationsOverdue) {

        public String gradeTagClass() {
            return "govuk-tag " + grade.tagClass();
        }
    }
}
