package uk.gov.hmicfrs.findings.browse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import uk.gov.hmicfrs.findings.finding.FindingCount;
import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.progress.RecommendationView;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;

/**
 * Everything the organisation page shows; {@link #covered()} is false for a force no inspection has looked at yet.
 * The latest inspection's findings are listed in full; earlier inspections are listed with a count and a link
 * to their findings, so the page stays the same size however many years of inspections the body has.
 *
 * @param latestInspection   the findings of the latest inspection with findings about the body, or null
 * @param earlierInspections the other inspections with findings about it, newest first
 * @param recommendations    every recommendation from the latest inspection, and the still open ones from earlier
 */
public record OrganisationPage(String slug, String name, OrganisationType type, String regionSlug, String regionName,
                               List<GradeInInspection> grades, InspectionFindings latestInspection,
                               List<EarlierInspection> earlierInspections,
                               List<RecommendationView> recommendations, List<KeyFigure> keyFigures) {

    public boolean covered() {
        return !grades.isEmpty() || latestInspection != null;
    }

    /** An earlier inspection's findings about the body: how many (the page links them to their search). */
    public record EarlierInspection(String inspectionSlug, String inspectionTitle, LocalDate publishedOn,
                                    long findingCount) {

        public String findingCountLabel() {
            return FindingCount.label(findingCount);
        }
    }

    /** Recommendations under the finding that made them, in report order. */
    public List<RecommendationGroup> recommendationGroups() {
        java.util.Map<String, RecommendationGroup> groups = new java.util.LinkedHashMap<>();
        for (RecommendationView recommendation : recommendations) {
            groups.computeIfAbsent(recommendation.findingReference(), ref -> new RecommendationGroup(ref,
                    recommendation.findingTitle(), recommendation.leadIn(), new java.util.ArrayList<>()))
                    .items().add(recommendation);
        }
        return List.copyOf(groups.values());
    }

    public record RecommendationGroup(String findingReference, String findingTitle, String leadIn,
                                      List<RecommendationView> items) {
    }

    public long overdueRecommendations() {
        return recommendations.stream().filter(RecommendationView::overdue).count();
    }

    public record GradeInInspection(String inspectionSlug, String inspectionTitle, LocalDate publishedOn,
                                    Grade grade, String sentence) {

        public String gradeTagClass() {
            return "govuk-tag " + grade.tagClass();
        }
    }

    /** The organisation's findings in one inspection, by report section in report order. */
    public record InspectionFindings(String inspectionSlug, String inspectionTitle, LocalDate publishedOn,
                                     List<SectionFindings> sections) {

        public int findingCount() {
            return sections.stream().mapToInt(s -> s.findings().size()).sum();
        }
    }

    public record SectionFindings(ReportSection section, List<FindingSummary> findings) {
    }

    public record KeyFigure(String label, BigDecimal value, String unit, String period, String inspectionTitle,
                            String findingReference) {

        /** "85%" or "2,000": formatted here, not in the template. */
        public String formattedValue() {
            String number = NumberFormat.getNumberInstance(Locale.UK).format(value);
            return "percent".equals(unit) ? number + "%" : number;
        }
    }
}
