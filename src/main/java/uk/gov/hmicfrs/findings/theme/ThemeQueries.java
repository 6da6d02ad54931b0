package uk.gov.hmicfrs.findings.theme;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.theme.ThemeService.ThemeOption;
import uk.gov.hmicfrs.findings.theme.ThemeViews.ThemeSummary;
import uk.gov.hmicfrs.findings.theme.ThemeViews.ThemedFinding;

/** Themes with their counts and the theme pages' findings: one aggregate statement per view, whatever the data size. */
@Repository
class ThemeQueries {

    /**
     * Findings not withdrawn = tagged minus tagged-and-withdrawn: both counts come from indexes alone
     * (finding_theme_theme_idx, and V70's finding_withdrawn_idx on the rare withdrawn findings), where
     * joining to finding read the whole finding table once per theme.
     */
    private static final String SUMMARY_SQL = """
            select t.id, t.slug, t.name, t.description, t.version,
                   (select count(*) from finding_theme ft where ft.theme_id = t.id)
                   - (select count(*) from finding f join finding_theme ft on ft.finding_id = f.id
                      where f.withdrawn and ft.theme_id = t.id) as findings,
                   (select count(*) from recommendation_theme rt where rt.theme_id = t.id) as recommendations
            from theme t
            """;

    private final JdbcClient jdbc;

    ThemeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ThemeSummary> all() {
        return jdbc.sql(SUMMARY_SQL + " order by t.position, t.id").query(ThemeSummary.class).list();
    }

    Optional<ThemeSummary> get(String slug) {
        return jdbc.sql(SUMMARY_SQL + " where t.slug = :slug").param("slug", slug)
                .query(ThemeSummary.class).optional();
    }

    /** The theme's most recent findings (not withdrawn), newest inspection first. */
    List<ThemedFinding> recentFindings(long themeId, int limit) {
        // f.published_on (copied from the inspection) lets finding_recency_idx give the newest first
        return jdbc.sql("""
                        select f.reference, f.title, f.type, o.name as organisation_name,
                               o.slug as organisation_slug, i.title as inspection_title, i.slug as inspection_slug,
                               f.published_on
                        from finding f
                        join finding_theme ft on ft.finding_id = f.id and ft.theme_id = :theme
                        join inspection i on i.id = f.inspection_id
                        left join organisation o on o.id = f.organisation_id
                        where not f.withdrawn
                        order by f.published_on desc, f.inspection_id desc, f.position, f.id
                        limit :limit
                        """)
                .param("theme", themeId)
                .param("limit", limit)
                .query((rs, n) -> {
                    FindingType type = FindingType.valueOf(rs.getString("type"));
                    Date published = rs.getDate("published_on");
                    return new ThemedFinding(rs.getString("reference"), rs.getString("title"), type.label(),
                            type.tagClass(), rs.getString("organisation_name"),
                            rs.getString("organisation_slug"), rs.getString("inspection_title"),
                            rs.getString("inspection_slug"), published.toLocalDate());
                }).list();
    }

    record RegionRow(long id, String slug, String name) {
    }

    record CountRow(long organisationId, long themeId, long count) {
    }

    record ColumnRow(long id, String slug, String shortName, String name) {
    }

    Optional<RegionRow> region(String slug) {
        return jdbc.sql("select id, slug, name from region where slug = :slug").param("slug", slug)
                .query(RegionRow.class).optional();
    }

    List<ColumnRow> regionOrganisations(long regionId) {
        return jdbc.sql("""
                        select id, slug, short_name, name from organisation where region_id = :region order by position
                        """).param("region", regionId).query(ColumnRow.class).list();
    }

    /** Counts by organisation (0: regional) and theme, finding the region's findings by finding.region_id (V50). */
    List<CountRow> regionCounts(long regionId) {
        return jdbc.sql("""
                        select coalesce(f.organisation_id, 0) as organisation_id, ft.theme_id, count(*) as count
                        from finding f
                        join finding_theme ft on ft.finding_id = f.id
                        where not f.withdrawn and f.region_id = :region
                        group by coalesce(f.organisation_id, 0), ft.theme_id
                        """).param("region", regionId).query(CountRow.class).list();
    }

    /** Themes in list order (a form's checkboxes, the heat map's rows). */
    List<ThemeOption> options() {
        return jdbc.sql("select id, slug, name from theme order by position, id").query(ThemeOption.class).list();
    }
}
