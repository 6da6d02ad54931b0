package uk.gov.hmicfrs.findings.theme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.theme.ThemeQueries.ColumnRow;
import uk.gov.hmicfrs.findings.theme.ThemeQueries.CountRow;
import uk.gov.hmicfrs.findings.theme.ThemeQueries.RegionRow;
import uk.gov.hmicfrs.findings.theme.ThemeViews.HeatCell;
import uk.gov.hmicfrs.findings.theme.ThemeViews.HeatColumn;
import uk.gov.hmicfrs.findings.theme.ThemeViews.HeatMap;
import uk.gov.hmicfrs.findings.theme.ThemeViews.HeatRow;
import uk.gov.hmicfrs.findings.theme.ThemeViews.InspectionGroup;
import uk.gov.hmicfrs.findings.theme.ThemeViews.OrganisationGroup;
import uk.gov.hmicfrs.findings.theme.ThemeViews.ThemePage;
import uk.gov.hmicfrs.findings.theme.ThemeViews.ThemeSummary;
import uk.gov.hmicfrs.findings.theme.ThemeViews.ThemedFinding;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Reads themes with their counts (one aggregate query per view, whatever the data size) and lets
 * administrators manage the controlled list.
 */
@Service
@Transactional(readOnly = true)
public class ThemeService {

    private final ThemeQueries queries;
    private final ThemeRepository themes;
    private final AuditService audit;

    ThemeService(ThemeQueries queries, ThemeRepository themes, AuditService audit) {
        this.queries = queries;
        this.themes = themes;
        this.audit = audit;
    }

    public List<ThemeSummary> all() {
        return queries.all();
    }

    /** The list as the administrators' page shows it, to manage: the same rows as {@link #all()}. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ThemeSummary> toManage() {
        return all();
    }

    /** One theme for its edit form. */
    @PreAuthorize("hasRole('ADMIN')")
    public ThemeSummary get(String slug) {
        return queries.get(slug).orElseThrow(() -> new NotFoundException("Theme " + slug));
    }

    /** The theme page lists at most this many findings; the search, filtered by the theme, pages through the rest. */
    static final int RECENT_FINDINGS = 50;

    /**
     * A theme's most recent findings (not withdrawn) across organisations and inspections, newest
     * inspection first: two statements, and a bounded page however many findings carry the theme.
     */
    public ThemePage page(String slug) {
        ThemeSummary theme = get(slug);
        List<ThemedFinding> findings = queries.recentFindings(theme.id(), RECENT_FINDINGS);
        Map<String, Map<String, List<ThemedFinding>>> grouped = new LinkedHashMap<>();
        Map<String, ThemedFinding> firstOfInspection = new HashMap<>();
        for (ThemedFinding finding : findings) {
            firstOfInspection.putIfAbsent(finding.inspectionSlug(), finding);
            grouped.computeIfAbsent(finding.inspectionSlug(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(finding.organisationSlug()), k -> new ArrayList<>())
                    .add(finding);
        }
        List<InspectionGroup> inspections = new ArrayList<>();
        grouped.forEach((inspectionSlug, byOrganisation) -> {
            ThemedFinding first = firstOfInspection.get(inspectionSlug);
            List<OrganisationGroup> organisations = byOrganisation.values().stream()
                    .map(list -> new OrganisationGroup(list.get(0).organisationName(), list.get(0).organisationSlug(),
                            List.copyOf(list)))
                    .toList();
            inspections.add(new InspectionGroup(first.inspectionTitle(), inspectionSlug, first.publishedOn(),
                    organisations));
        });
        return new ThemePage(theme, inspections, findings.size(), theme.findings());
    }

    /**
     * Themes (rows) against the bodies of a region (columns), counting findings that are not withdrawn,
     * from every inspection. Regional findings, which no single body owns, get their own column.
     */
    public HeatMap heatMap(String regionSlug) {
        RegionRow region = queries.region(regionSlug).orElseThrow(() -> new NotFoundException("Region " + regionSlug));
        // organisations and themes come back in one statement each; counts in one aggregate
        List<ColumnRow> organisations = queries.regionOrganisations(region.id());
        List<ThemeOption> themeRows = queries.options();
        List<CountRow> counts = queries.regionCounts(region.id());
        Map<String, Long> byCell = new HashMap<>();
        counts.forEach(c -> byCell.put(c.organisationId() + ":" + c.themeId(), c.count()));

        List<HeatColumn> columns = new ArrayList<>();
        columns.add(new HeatColumn(null, "Regional", "Regional findings (no single body)"));
        organisations.forEach(o -> columns.add(new HeatColumn(o.slug(), o.shortName(), o.name())));
        List<Long> columnIds = new ArrayList<>();
        columnIds.add(0L);
        organisations.forEach(o -> columnIds.add(o.id()));

        List<HeatRow> rows = new ArrayList<>();
        for (ThemeOption theme : themeRows) {
            List<HeatCell> cells = new ArrayList<>();
            long affected = 0;
            for (int i = 0; i < columnIds.size(); i++) {
                long count = byCell.getOrDefault(columnIds.get(i) + ":" + theme.id(), 0L);
                if (count > 0 && i > 0) {
                    affected++;
                }
                cells.add(new HeatCell(count, heatClass(count)));
            }
            rows.add(new HeatRow(theme.slug(), theme.name(), cells, affected));
        }
        return new HeatMap(region.slug(), region.name(), columns, rows, organisations.size());
    }

    /** Colour intensity by count; the count itself is always shown as text. */
    static String heatClass(long count) {
        return "govuk-table__cell govuk-table__cell--numeric app-heat app-heat-" + Math.min(count, 3);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String create(CurrentUser user, ThemeForm form) {
        String name = form.name().strip();
        String slug = slugOf(name);
        if (themes.existsByNameIgnoreCase(name) || themes.existsBySlug(slug)) {
            throw new DuplicateThemeException(name);
        }
        Theme theme = themes.saveAndFlush(new Theme(slug, name, form.descriptionOrEmpty(), themes.maxPosition() + 1));
        audit.recordChange(user, "CREATED", AuditEntityType.THEME, slug, name);
        return theme.getSlug();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(CurrentUser user, String slug, ThemeForm form) {
        Theme theme = themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("Theme " + slug));
        if (form.version() == null || form.version() != theme.getVersion()) {
            throw new StaleEditException("theme", slug);
        }
        String name = form.name().strip();
        if (!name.equalsIgnoreCase(theme.getName()) && themes.existsByNameIgnoreCase(name)) {
            throw new DuplicateThemeException(name);
        }
        // the slug stays: links to /themes/{slug} must keep working after a rename
        theme.rename(name, form.descriptionOrEmpty());
        themes.flush();
        audit.recordChange(user, "UPDATED", AuditEntityType.THEME, slug, name);
    }

    /** Themes for a form's checkboxes, in list order. */
    public List<ThemeOption> options() {
        return queries.options();
    }

    public record ThemeOption(long id, String slug, String name) {
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "theme" : slug;
    }
}
