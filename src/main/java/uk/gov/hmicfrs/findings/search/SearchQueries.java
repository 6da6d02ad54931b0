package uk.gov.hmicfrs.findings.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    record ResultRow(String reference, String title, String type, String section, String inspectionSlug,
                     String inspectionTitle, String organisationSlug, String organisationName, String regionName,
                     String titleHeadline, String snippet, double rank) {
    }

    // ts_headline options: markers are private-use characters that Snippet turns into mark elements.
    static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxFragments=2, MaxWords=35, MinWords=15, FragmentDelimiter=\" … \"";
    static final String TITLE_HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", HighlightAll=true";

    private static final String FROM = """
            from finding f
            join inspection i on i.id = f.inspection_id
            left join organisation o on o.id = f.organisation_id
            left join region rg on rg.id = coalesce(o.region_id, i.region_id)
            cross join (select websearch_to_tsquery('english', :q) as query) q
            """;

    private static final String OPEN_RECOMMENDATION = """
            exists (select 1 from recommendation r join action a on a.recommendation_id = r.id
                    where r.finding_id = f.id and a.assessment not in ('MET', 'SUPERSEDED'))""";

    private static final String OVERDUE_RECOMMENDATION = """
            exists (select 1 from recommendation r join action a on a.recommendation_id = r.id
                    where r.finding_id = f.id and a.assessment not in ('MET', 'SUPERSEDED')
                      and coalesce(a.revised_due_on, a.original_due_on) < :today)""";

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every value the filters offer, in display order, in one statement. */
    List<Option> options() {
        return jdbc.sql("""
                select kind, id, slug, name from (
                    select 'inspection' as kind, id, slug, title as name, 1 as k, -extract(epoch from published_on)::bigint as pos from inspection
                    union all select 'region', id, slug, name, 2, position from region
                    union all select 'organisation', id, slug, name, 3, 0 from organisation
                    union all select 'theme', id, slug, name, 4, position from theme
                ) options order by k, pos, name
                """).query(Option.class).list();
    }

    /**
     * Counts per filter value. Each filter's counts apply every other filter and the text but not
     * itself, so a visitor sees what choosing another value of that filter would give.
     */
    List<FacetCount> facets(SearchCriteria criteria, LocalDate today) {
        Conditions c = new Conditions(criteria, today);
        String sql = """
                with base as (
                    select f.id, f.type, f.section, f.inspection_id, f.organisation_id, rg.id as region_id,
                           %s as has_open, %s as has_overdue,
                           %s as m_type, %s as m_section, %s as m_inspection, %s as m_region,
                           %s as m_organisation, %s as m_theme, %s as m_status
                    %s
                    where not f.withdrawn and %s
                )
                select 'type' as facet, type as value, count(*) as count from base
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
                """.formatted(OPEN_RECOMMENDATION, OVERDUE_RECOMMENDATION, c.type, c.section, c.inspection, c.region,
                c.organisation, c.theme, c.status, FROM, c.text);
        return jdbc.sql(sql).params(c.params).query(FacetCount.class).list();
    }

    /** One page of results: ranked with highlighted snippets for a text search, else in report order. */
    List<ResultRow> results(SearchCriteria criteria, LocalDate today, int limit, long offset) {
        Conditions c = new Conditions(criteria, today);
        String columns = criteria.hasText()
                ? """
                  ts_headline('english', f.title, q.query, :titleOptions) as title_headline,
                  ts_headline('english', f.body, q.query, :headlineOptions) as snippet,
                  ts_rank_cd(f.search_vector, q.query) as rank"""
                : "null as title_headline, left(f.body, 600) as snippet, 0.0::float8 as rank";
        String order = criteria.hasText()
                ? "rank desc, i.published_on desc, i.id desc, f.position"
                : "i.published_on desc, i.id desc, f.position";
        String sql = """
                select f.reference, f.title, f.type, f.section, i.slug as inspection_slug, i.title as inspection_title,
                       o.slug as organisation_slug, o.name as organisation_name, rg.name as region_name,
                       %s
                %s
                where not f.withdrawn and %s and %s and %s and %s and %s and %s and %s and %s
                order by %s
                limit :limit offset :offset
                """.formatted(columns, FROM, c.text, c.type, c.section, c.inspection, c.region, c.organisation,
                c.theme, c.status, order);
        Map<String, Object> params = new HashMap<>(c.params);
        params.put("titleOptions", TITLE_HEADLINE_OPTIONS);
        params.put("headlineOptions", HEADLINE_OPTIONS);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query(ResultRow.class).list();
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
            text = criteria.hasText() ? "f.search_vector @@ q.query" : "true";
            if (criteria.types().isEmpty()) {
                type = "true";
            } else {
                type = "f.type in (:types)";
                params.put("types", criteria.types().stream().map(Enum::name).toList());
            }
            section = bind("f.section = :section", "section", criteria.section() == null ? null : criteria.section().name());
            inspection = bind("f.inspection_id = :inspectionId", "inspectionId", criteria.inspectionId());
            region = bind("rg.id = :regionId", "regionId", criteria.regionId());
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
