package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;
import java.util.List;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.progress.RecommendationView;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.finding.TextBlock;

/**
 * Everything the finding page shows.
 *
 * @param organisationSlug null for a regional finding
 * @param previous         the finding before this one in the report, or null
 * @param next             the finding after this one in the report, or null
 */
public record FindingPage(String reference, String title, FindingType type, ReportSection section,
                          boolean withdrawn, List<TextBlock> text,
                          String inspectionSlug, String inspectionTitle, LocalDate publishedOn,
                          String organisationSlug, String organisationName,
                          String regionSlug, String regionName,
                          List<RecommendationView> recommendations,
                          FindingLink previous, FindingLink next) {

    public record FindingLink(String reference, String title) {
    }

    public String typeTagClass() {
        return "govuk-tag " + type.tagClass();
    }

    /** Who the finding is about: the organisation, or the region for a regional finding. */
    public String subject() {
        return organisationName != null ? organisationName : regionName != null ? regionName + " region" : "Regional";
    }
}
