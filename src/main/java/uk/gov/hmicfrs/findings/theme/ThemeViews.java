package uk.gov.hmicfrs.findings.theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import uk.gov.hmicfrs.findings.finding.FindingCount;

/** The records the theme pages show. */
public final class ThemeViews {

    private ThemeViews() {
    }

    /** A theme with how many findings (not withdrawn) and recommendations carry it. */
    public record ThemeSummary(long id, String slug, String name, String description, int version,
                               long findings, long recommendations) {
    }

    /** One finding tagged with a theme, with where it comes from. */
    public record ThemedFinding(String reference, String title, String typeLabel, String typeTagClass,
                                String organisationName, String organisationSlug,
                                String inspectionTitle, String inspectionSlug, LocalDate publishedOn) {
    }

    /** The findings of one inspection under a theme, grouped by organisation (null name: regional). */
    public record InspectionGroup(String inspectionTitle, String inspectionSlug, LocalDate publishedOn,
                                  List<OrganisationGroup> organisations) {
    }

    public record OrganisationGroup(String organisationName, String organisationSlug, List<ThemedFinding> findings) {
        public String displayName() {
            return organisationName == null ? "Regional findings" : organisationName;
        }
    }

    /**
     * The most recent findings of a theme: {@code shown} of {@code findingCount} (not withdrawn); the page
     * links the search filtered by the theme, which pages through them all.
     */
    public record ThemePage(ThemeSummary theme, List<InspectionGroup> inspections, int shown, long findingCount) {

        public String countLabel() {
            return FindingCount.label(findingCount);
        }

        /** Only when the page leaves some out: "Showing the 50 most recent of 1,234 findings". */
        public boolean partial() {
            return shown < findingCount;
        }

        public String partialLabel() {
            return String.format(Locale.UK, "Showing the %,d most recent of %,d findings", shown, findingCount);
        }
    }

    /** A column of the heat map: an organisation of the region, or the regional findings (slug null). */
    public record HeatColumn(String slug, String shortName, String name) {
    }

    public record HeatCell(long count, String cssClass) {
    }

    public record HeatRow(String themeSlug, String themeName, List<HeatCell> cells, long bodiesAffected) {
    }

    public record HeatMap(String regionSlug, String regionName, List<HeatColumn> columns, List<HeatRow> rows,
                          int organisationCount) {
    }
}
