package uk.gov.hmicfrs.findings.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.search.SearchPage.FilterOption;
import uk.gov.hmicfrs.findings.search.SearchPage.PageLink;
import uk.gov.hmicfrs.findings.search.SearchPage.Pagination;
import uk.gov.hmicfrs.findings.search.SearchPage.Result;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * Validates a search from the URL and runs it in three statements whatever the filters: filter
 * options, counts per filter value, one page of results. Bad input never fails the page: unknown
 * values are dropped with a GOV.UK error message, and the rest of the search still runs.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int PAGE_SIZE = 10;
    /**
     * The most findings a search reads. A word in half of all findings would otherwise make every
     * search read, rank and count tens of thousands of rows; beyond this many matches the page says
     * so, ranks the most recent matches and leaves the filter counts out.
     */
    static final int MATCH_LIMIT = 1000;
    /** How many inspections the inspection filter offers when it cannot say which have matches. */
    static final int RECENT_INSPECTIONS = 50;
    static final int MAX_QUERY_LENGTH = 200;
    private static final int SNIPPET_CHARS = 300;

    static final Map<String, String> STATUSES = Map.of(
            "open", "Has open recommendations",
            "overdue", "Has overdue recommendations");

    private final SearchQueries queries;
    private final Today today;

    SearchService(SearchQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    public SearchPage search(SearchForm form) {
        LocalDate today = this.today.date();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        Map<String, List<SearchQueries.Option>> options = new HashMap<>();
        for (SearchQueries.Option option : queries.options()) {
            options.computeIfAbsent(option.kind(), k -> new ArrayList<>()).add(option);
        }

        String q = cleanQuery(form.q(), errors);
        List<FindingType> types = new ArrayList<>();
        for (String value : new LinkedHashSet<>(form.type())) {
            FindingType type = parseEnum(FindingType.class, value);
            if (type != null) {
                types.add(type);
            } else if (!blank(value)) {
                errors.rejectValue("type", "unknown", "Select a finding type from the list");
            }
        }
        ReportSection section = parseEnum(ReportSection.class, form.section());
        if (section == null && !blank(form.section())) {
            errors.rejectValue("section", "unknown", "Select a report section from the list");
        }
        SearchQueries.Option inspection = resolve(options, "inspection", form.inspection(), "an inspection", errors);
        SearchQueries.Option region = resolve(options, "region", form.region(), "a region", errors);
        SearchQueries.Option organisation = resolve(options, "organisation", form.organisation(), "an organisation", errors);
        SearchQueries.Option theme = resolve(options, "theme", form.theme(), "a theme", errors);
        String status = blank(form.status()) ? null : form.status().strip().toLowerCase(Locale.ROOT);
        if (status != null && !STATUSES.containsKey(status)) {
            errors.rejectValue("status", "unknown", "Select a recommendation status from the list");
            status = null;
        }
        int page = parsePage(form.page(), errors);
        String outOfRange = null;

        SearchCriteria criteria = new SearchCriteria(q, List.copyOf(types), section,
                inspection == null ? null : inspection.id(), region == null ? null : region.id(),
                organisation == null ? null : organisation.id(), theme == null ? null : theme.id(), status, page);

        // Statement 2: counts per filter value, unless the text alone matches more than MATCH_LIMIT findings.
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (SearchQueries.FacetCount count : queries.facets(criteria, today, MATCH_LIMIT + 1)) {
            counts.computeIfAbsent(count.facet(), k -> new HashMap<>()).put(count.value(), count.count());
        }
        boolean countsShown = counts.getOrDefault("matched", Map.of()).getOrDefault("all", 0L) <= MATCH_LIMIT;

        // Statement 3: the page of results and how many findings match, at most MATCH_LIMIT + 1.
        long offset = (long) (page - 1) * PAGE_SIZE;
        List<SearchQueries.ResultRow> rows = queries.results(criteria, today, PAGE_SIZE, offset, MATCH_LIMIT + 1);
        long matches = rows.isEmpty() ? 0 : rows.get(0).matches();
        boolean moreThanLimit = matches > MATCH_LIMIT;
        long total = Math.min(matches, MATCH_LIMIT);
        int lastPage = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > lastPage) {
            outOfRange = form.page().strip();
        }
        List<Result> results = rows.stream()
                .filter(row -> row.reference() != null)
                .map(row -> toResult(row, criteria.hasText()))
                .toList();

        Link link = new Link(q, types, section, inspection, region, organisation, theme, status);
        return new SearchPage(q == null ? "" : q, criteria.hasText(), errors,
                typeOptions(types, shownCounts(counts, "type", countsShown)),
                sectionOptions(section, shownCounts(counts, "section", countsShown)),
                inspectionOptions(options.get("inspection"), inspection, shownCounts(counts, "inspection", countsShown)),
                entityOptions(options.get("region"), region, shownCounts(counts, "region", countsShown)),
                entityOptions(options.get("organisation"), organisation, shownCounts(counts, "organisation", countsShown)),
                entityOptions(options.get("theme"), theme, shownCounts(counts, "theme", countsShown)),
                statusOptions(status, shownCounts(counts, "status", countsShown)),
                countsShown, results, total, moreThanLimit, page, lastPage, outOfRange,
                pagination(link, page, lastPage, outOfRange != null),
                !types.isEmpty() || section != null || inspection != null || region != null || organisation != null
                        || theme != null || status != null,
                link.exportQuery(), status != null);
    }

    /** Drops control characters (PostgreSQL rejects NUL) and shortens very long queries, saying so. */
    private static String cleanQuery(String raw, BindingResult errors) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replaceAll("[\\p{Cc}\\p{Cs}\\uE000\\uE001]", " ").strip();
        if (cleaned.length() > MAX_QUERY_LENGTH) {
            errors.rejectValue("q", "tooLong", "Search terms must be " + MAX_QUERY_LENGTH
                    + " characters or fewer. We searched for the first " + MAX_QUERY_LENGTH + " characters.");
            cleaned = cleaned.substring(0, MAX_QUERY_LENGTH).strip();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static int parsePage(String raw, BindingResult errors) {
        if (blank(raw)) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            if (raw.strip().matches("\\d{10,}")) {
                // a whole number too big for a page: past the last page, not malformed
                return Integer.MAX_VALUE / PAGE_SIZE;
            }
        }
        // linked to the results, which the page shows from the first
        ErrorSummary.rejectOther(errors, "search-results", "Page number must be a whole number, like 2. Showing page 1.");
        return 1;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        if (blank(raw)) {
            return null;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseGet(() -> type == FindingType.class ? Arrays.stream(type.getEnumConstants())
                        .filter(e -> ((FindingType) e).code().equals(wanted)).findFirst().orElse(null) : null);
    }

    private static SearchQueries.Option resolve(Map<String, List<SearchQueries.Option>> options, String kind,
                                                String slug, String what, BindingResult errors) {
        if (blank(slug)) {
            return null;
        }
        SearchQueries.Option found = options.getOrDefault(kind, List.of()).stream()
                .filter(o -> o.slug().equals(slug.strip())).findFirst().orElse(null);
        if (found == null) {
            errors.rejectValue(kind, "unknown", "Select " + what + " from the list");
        }
        return found;
    }

    private static Result toResult(SearchQueries.ResultRow row, boolean hasText) {
        return new Result(row.reference(), row.title(),
                hasText ? Snippet.parse(row.titleHeadline()) : Snippet.plain(row.title(), Integer.MAX_VALUE),
                FindingType.valueOf(row.type()), ReportSection.valueOf(row.section()), row.inspectionTitle(),
                row.organisationName(), row.regionName(),
                hasText ? Snippet.parse(row.snippet()) : Snippet.plain(row.snippet(), SNIPPET_CHARS));
    }

    /** A facet's counts, an empty map when it has none, or null when counts are not shown. */
    private static Map<String, Long> shownCounts(Map<String, Map<String, Long>> counts, String facet, boolean shown) {
        return shown ? counts.getOrDefault(facet, Map.of()) : null;
    }

    private static Long count(Map<String, Long> counts, String key) {
        return counts == null ? null : counts.getOrDefault(key, 0L);
    }

    private static List<FilterOption> typeOptions(List<FindingType> selected, Map<String, Long> counts) {
        return Arrays.stream(FindingType.values())
                .map(t -> new FilterOption(t.name(), t.label(), count(counts, t.name()), selected.contains(t)))
                .toList();
    }

    private static List<FilterOption> sectionOptions(ReportSection selected, Map<String, Long> counts) {
        return Arrays.stream(ReportSection.values())
                .map(s -> new FilterOption(s.name(), s.label(), count(counts, s.name()), s == selected))
                .toList();
    }

    private static List<FilterOption> entityOptions(List<SearchQueries.Option> all, SearchQueries.Option selected,
                                                    Map<String, Long> counts) {
        if (all == null) {
            return List.of();
        }
        return all.stream()
                .map(o -> new FilterOption(o.slug(), o.name(), count(counts, String.valueOf(o.id())),
                        selected != null && selected.id() == o.id()))
                .toList();
    }

    /**
     * Inspections are the one filter whose list grows with the years. With counts it offers the
     * inspections that have matches; without, the most recent ones. The chosen one is always offered.
     */
    private static List<FilterOption> inspectionOptions(List<SearchQueries.Option> all, SearchQueries.Option selected,
                                                        Map<String, Long> counts) {
        List<FilterOption> options = entityOptions(all, selected, counts);
        if (counts != null) {
            return options.stream().filter(o -> o.count() > 0 || o.selected()).toList();
        }
        // options come newest first
        List<FilterOption> recent = new ArrayList<>(options.subList(0, Math.min(RECENT_INSPECTIONS, options.size())));
        options.stream().skip(RECENT_INSPECTIONS).filter(FilterOption::selected).forEach(recent::add);
        return recent;
    }

    private static List<FilterOption> statusOptions(String selected, Map<String, Long> counts) {
        return List.of("open", "overdue").stream()
                .map(s -> new FilterOption(s, STATUSES.get(s), count(counts, s), s.equals(selected)))
                .toList();
    }

    /** GOV.UK pagination: first, last, and the pages around the current one, with ellipses between. */
    private static Pagination pagination(Link link, int page, int lastPage, boolean outOfRange) {
        if (outOfRange) {
            return new Pagination(null, null, List.of(new PageLink(1, link.page(1), false)));
        }
        List<PageLink> pages = new ArrayList<>();
        Set<Integer> shown = new LinkedHashSet<>();
        for (int n : new int[] {1, page - 1, page, page + 1, lastPage}) {
            if (n >= 1 && n <= lastPage) {
                shown.add(n);
            }
        }
        int previous = 0;
        for (int n : shown.stream().sorted().toList()) {
            if (previous != 0 && n > previous + 1) {
                pages.add(new PageLink(0, null, false));
            }
            pages.add(new PageLink(n, link.page(n), n == page));
            previous = n;
        }
        return new Pagination(page > 1 ? link.page(page - 1) : null, page < lastPage ? link.page(page + 1) : null, pages);
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The canonical URL of this search at a given page: only validated values, each URL-encoded. */
    private record Link(String q, List<FindingType> types, ReportSection section, SearchQueries.Option inspection,
                        SearchQueries.Option region, SearchQueries.Option organisation, SearchQueries.Option theme,
                        String status) {

        String page(int page) {
            StringJoiner query = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
            add(query, "q", q);
            types.forEach(t -> add(query, "type", t.name()));
            add(query, "section", section == null ? null : section.name());
            add(query, "inspection", inspection == null ? null : inspection.slug());
            add(query, "region", region == null ? null : region.slug());
            add(query, "organisation", organisation == null ? null : organisation.slug());
            add(query, "theme", theme == null ? null : theme.slug());
            add(query, "status", status);
            if (page > 1) {
                add(query, "page", String.valueOf(page));
            }
            return query.toString();
        }

        /** The same search as the findings export takes it: every filter but status, no page. */
        String exportQuery() {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            add(query, "q", q);
            types.forEach(t -> add(query, "type", t.name()));
            add(query, "section", section == null ? null : section.name());
            add(query, "inspection", inspection == null ? null : inspection.slug());
            add(query, "region", region == null ? null : region.slug());
            add(query, "organisation", organisation == null ? null : organisation.slug());
            add(query, "theme", theme == null ? null : theme.slug());
            return query.toString();
        }

        private static void add(StringJoiner query, String name, String value) {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }
}
