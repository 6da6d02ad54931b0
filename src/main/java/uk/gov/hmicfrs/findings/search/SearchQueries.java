package uk.gov.hmicfrs.findings.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.progress.ActionStandingSql;
import uk.gov.hmicfrs.findings.system.database.PlannedEachTimeJdbcTemplate;

/**
 * The three statements of a search page: the filter options, the counts per filter value (one
 * aggregate statement), and one page of ranked results. The SQL text is fixed per combination of
 * filters: every value a visitor gives is a bound parameter.
 */
@Repository
class SearchQueries {

    record Option(String kind, long id, String slug, String name) {
    }

    record FacetCount(String facet, String value, long count) {
    }

    /** A result, or (reference null) only the count when the page has no results. */
    record ResultRow(long matches, String reference, String title, String type, String section, String inspectionSlug,
                     String inspectionTitle, String organisationSlug, String organisationName, String regionName,
                     String titleHeadline, String snippet, Double rank) {
    }

    // ts_headline options: markers are private-use characters that Snippet turns into mark elements.
    static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxFragments=2, MaxWords=35, MinWords=15, FragmentDelimiter=\" … \"";
    static final String TITLE_HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", HighlightAll=true";

    /**
     * The visitor's words as a query, written out wherever it is used rather than computed once in a
     * CTE: the planner must see the words to know whether they match ten findings or fifty thousand,
     * and so whether to read the text index or walk the findings newest first.
     */
    private static final String QUERY = "websearch_to_tsquery('english', :q)";

    private static final String RECOMMENDATION_WHERE = """
            exists (select 1 from recommendation r join action a on a.recommendation_id = r.id
                    where r.finding_id = f.id and""";

    private static final String OPEN_RECOMMENDATION = RECOMMENDATION_WHERE + ActionStandingSql.OPEN + ")";

    private static final String OVERDUE_RECOMMENDATION = RECOMMENDATION_WHERE + ActionStandingSql.OVERDUE + ")";

    private final JdbcClient jdbc;
    /** For the statements with the visitor's words, which need a plan made for those words. */
    private final JdbcClient plannedEachTime;

    SearchQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.plannedEachTime = JdbcClient.create(new PlannedEachTimeJdbcTemplate(dataSource));
    }

    /**
     * Every value the filters offer, in display order, in one statement. Mapped by hand: there is a row
     * per inspection ever recorded, and reflective mapping of them was a third of a search's time.
     */
    List<Option> options() {
        return jdbc.sql("""
                select kind, id, slug, name from (
                    select 'inspection' as kind, id, slug, title as name, 1 as k, -extract(epoch from published_on)::bigint as pos from inspection
                    union all select 'region', id, slug, name, 2, position from region
                    union all select 'organisation', id, slug, name, 3, 0 from organisation
                    union all select 'theme', id, slug, name, 4, position from theme
                ) options order by k, pos, name
                """).query((rs, row) -> new Option(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * Counts per filter value, and how many findings the text alone matches (the row
     * {@code ("matched", "all", n)}, at most {@code probe}). The counts are computed only when the text
     * matches fewer than {@code probe} findings: beyond that they would need every match read, which
     * is what bounds a search's cost whatever the data size. Each filter's counts apply every other
     * filter and the text but not itself, so a visitor sees what choosing another value would give.
     */
    List<FacetCount> facets(SearchCriteria criteria, LocalDate today, int probe) {
        Conditions c = new Conditions(criteria, today);
        String sql = """
                with matched as (
                    select f.id, f.type, f.section, f.inspection_id, f.organisation_id, f.region_id
                    from finding f
                    where not f.withdrawn and %s
                    limit :probe
                ),
                base as (
                    select f.id, f.type, f.section, f.inspection_id, f.organisation_id, f.region_id,
                           %s as has_open, %s as has_overdue,
                           %s as m_type, %s as m_section, %s as m_inspection, %s as m_region,
                           %s as m_organisation, %s as m_theme, %s as m_status
                    from matched f
                    where (select count(*) from matched) < :probe
                )
                select 'matched' as facet, 'all' as value, count(*) as count from matched
                union all select 'type', type, count(*) from base
                    where m_section and m_inspection and m_region and m_organisation and m_theme and m_status group by type
                union all select 'section', section, count(*) from base
                    where m_type and m_inspection and m_region and m_organisation and m_theme and m_status group by section
                union all select 'inspection', inspection_id::text, count(*) from base
                    where m_type and m_section and m_region and m_organisation and m_theme and m_status group by inspection_id
                union all select 'region', region_id::text, count(*) from base
                    where region_id is not null and m_type and m_section and m_inspection and m_organisation and m_theme and m_status group by region_id
                union all select 'organisation', organisation_id::text, count(*) from base
                    where organisation_id is not null and m_type and m_section and m_inspection and m_region and m_theme and m_status group by organisation_id
                union all select 'theme', ft.theme_id::text, count(*) from base join finding_theme ft on ft.finding_id = base.id
                    where m_type and m_section and m_inspection and m_region and m_organisation and m_status group by ft.theme_id
                union all select 'status', 'open', count(*) filter (where has_open) from base
                    where m_type and m_section and m_inspection and m_region and m_organisation and m_theme
                union all select 'status', 'overdue', count(*) filter (where has_overdue) from base
                    where m_type and m_section and m_inspection and m_region and m_organisation and m_theme
                """.formatted(c.text, OPEN_RECOMMENDATION, OVERDUE_RECOMMENDATION, c.type, c.section, c.inspection,
                c.region, c.organisation, c.theme, c.status);
        Map<String, Object> params = new HashMap<>(c.params);
        params.put("probe", probe);
        return plannedEachTime.sql(sql).params(params).query(FacetCount.class).list();
    }

    /**
     * One page of results, and how many findings match the text and filters (at most {@code probe}).
     * Only the {@code probe - 1} most recent matches are candidates: with text they are ranked by
     * relevance and the page taken from them, without text they are listed newest first in report
     * order. Each candidate is ranked as it is found, while its row is at hand: fetching the thousand
     * rows again to rank them was a fifth of a common word's database time. The first row always carries the count, with null finding columns when the page is empty.
     */
    List<ResultRow> results(SearchCriteria criteria, LocalDate today, int limit, long offset, int probe) {
        Conditions c = new Conditions(criteria, today);
        String rank = criteria.hasText() ? "ts_rank_cd(f.search_vector, " + QUERY + ")" : "0.0::float8";
        String columns = criteria.hasText()
                ? """
                  ts_headline('english', f.title, %1$s, :titleOptions) as title_headline,
                  ts_headline('english', f.body, %1$s, :headlineOptions) as snippet""".formatted(QUERY)
                : "null as title_headline, left(f.body, 600) as snippet";
        String sql = """
                with candidates as (
                    select f.id, f.published_on, f.inspection_id, f.position, %s as rank
                    from finding f
                    where not f.withdrawn and %s and %s and %s and %s and %s and %s and %s and %s
                    order by f.published_on desc, f.inspection_id desc, f.position
                    limit :probe
                ),
                page as (
                    select c.id, c.rank, c.published_on, c.inspection_id, c.position
                    from (select * from candidates order by published_on desc, inspection_id desc, position
                          limit :probe - 1) c
                    order by c.rank desc, c.published_on desc, c.inspection_id desc, c.position
                    limit :limit offset :offset
                )
                select (select count(*) from candidates) as matches,
                       f.reference, f.title, f.type, f.section, i.slug as inspection_slug, i.title as inspection_title,
                       o.slug as organisation_slug, o.name as organisation_name, rg.name as region_name,
                       %s, p.rank
                from (select 1) as always_one_row
                left join page p on true
                left join finding f on f.id = p.id
                left join inspection i on i.id = f.inspection_id
                left join organisation o on o.id = f.organisation_id
                left join region rg on rg.id = f.region_id
                order by p.rank desc, p.published_on desc, p.inspection_id desc, p.position
                """.formatted(rank, c.text, c.type, c.section, c.inspection, c.region, c.organisation, c.theme,
                c.status, columns);
        Map<String, Object> params = new HashMap<>(c.params);
        params.put("titleOptions", TITLE_HEADLINE_OPTIONS);
        params.put("headlineOptions", HEADLINE_OPTIONS);
        params.put("limit", limit);
        params.put("offset", offset);
        params.put("probe", probe);
        return plannedEachTime.sql(sql).params(params).query(ResultRow.class).list();
    }

    /** The SQL condition of each filter ("true" when unused) and their bound values. */
    private static final class Conditions {
        final Map<String, Object> params = new HashMap<>();
        final String text;
        final String type;
        final String section;
        final String inspection;
        final String region;
        final String organisation;
        final String theme;
        final String status;

        Conditions(SearchCriteria criteria, LocalDate today) {
            params.put("q", criteria.hasText() ? criteria.text() : "");
            params.put("today", today);
            text = criteria.hasText() ? "f.search_vector @@ " + QUERY : "true";
            if (criteria.types().isEmpty()) {
                type = "true";
            } else {
                type = "f.type in (:types)";
                params.put("types", criteria.types().stream().map(Enum::name).toList());
            }
            section = bind("f.section = :section", "section", criteria.section() == null ? null : criteria.section().name());
            inspection = bind("f.inspection_id = :inspectionId", "inspectionId", criteria.inspectionId());
            region = bind("f.region_id = :regionId", "regionId", criteria.regionId());
            organisation = bind("f.organisation_id = :organisationId", "organisationId", criteria.organisationId());
            theme = bind("exists (select 1 from finding_theme ft where ft.finding_id = f.id and ft.theme_id = :themeId)",
                    "themeId", criteria.themeId());
            status = criteria.status() == null ? "true"
                    : criteria.status().equals("overdue") ? OVERDUE_RECOMMENDATION : OPEN_RECOMMENDATION;
        }

        private String bind(String condition, String name, Object value) {
            if (value == null) {
                return "true";
            }
            params.put(name, value);
            return condition;
        }
    }
}
