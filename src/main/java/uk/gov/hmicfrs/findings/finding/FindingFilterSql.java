package uk.gov.hmicfrs.findings.finding;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The SQL of a {@link FindingFilter}, shared by the findings export and the API so that both select the same findings. */
public final class FindingFilterSql {

    /** The finding conditions on aliases f, i, o and r; q matches as /search does, on the indexed search_vector. */
    public static final String WHERE = """
             not f.withdrawn
             and (cast(:inspection as text) is null or i.slug = cast(:inspection as text))
             and (cast(:region as text) is null or r.slug = cast(:region as text))
             and (cast(:organisation as text) is null or o.slug = cast(:organisation as text))
             and (cast(:types as text) is null or f.type = any(string_to_array(cast(:types as text), ',')))
             and (cast(:section as text) is null or f.section = cast(:section as text))
             and (cast(:theme as text) is null or exists (select 1 from finding_theme ft join theme t on t.id = ft.theme_id
                                                         where ft.finding_id = f.id and t.slug = cast(:theme as text)))
             and (cast(:q as text) is null or f.search_vector @@ websearch_to_tsquery('english', cast(:q as text)))
             and (cast(:from as date) is null or i.published_on >= cast(:from as date))
             and (cast(:to as date) is null or i.published_on <= cast(:to as date))
            """;

    public static final String FROM = """
             finding f join inspection i on i.id = f.inspection_id
             left join organisation o on o.id = f.organisation_id
             left join region r on r.id = coalesce(o.region_id, i.region_id)
            """;

    public static MapSqlParameterSource params(FindingFilter filter) {
        return new MapSqlParameterSource().addValue("inspection", filter.inspection())
                .addValue("region", filter.region()).addValue("organisation", filter.organisation())
                .addValue("types", filter.typeNames()).addValue("section", filter.sectionName())
                .addValue("theme", filter.theme()).addValue("q", filter.q())
                .addValue("from", filter.from()).addValue("to", filter.to());
    }

    private FindingFilterSql() {
    }
}
