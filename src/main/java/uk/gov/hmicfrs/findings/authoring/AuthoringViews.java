package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;
import java.util.List;

/** Records the authoring pages show. */
public final class AuthoringViews {

    private AuthoringViews() {
    }

    public record InspectionView(long id, String slug, String title, String referencePrefix, LocalDate publishedOn,
                                 String kind, Long regionId, String regionSlug, String regionName, String source,
                                 int version) {
    }

    public record JudgementRow(long id, String organisationName, String grade, String gradeLabel, String gradeTagClass,
                               String sentence, int version) {
    }

    public record RecommendationRow(long id, String reference, long findingId, String organisationName, String text,
                                    LocalDate dueOn) {
    }

    public record FindingRow(long id, String reference, String title, String typeLabel, String typeTagClass,
                             String sectionLabel, String organisationName, boolean withdrawn, int version,
                             String repeatsReference, List<RecommendationRow> recommendations) {
        public String ownerName() {
            return organisationName == null ? "Regional" : organisationName;
        }
    }

    public record ManagePage(InspectionView inspection, List<JudgementRow> judgements, List<FindingRow> findings) {
    }

    public record Option(String value, String text) {
    }

    public record FindingView(long id, String reference, String inspectionSlug, Long inspectionRegionId, String section,
                              String type, Long organisationId, String title, String body, boolean withdrawn,
                              int version, List<Long> themeIds, String repeatsReference) {
    }

    public record RecommendationView(long id, String reference, long findingId, String findingReference,
                                     String inspectionSlug, Long organisationId, String leadIn, String text,
                                     LocalDate dueOn, int version, List<Long> themeIds) {
    }
}
