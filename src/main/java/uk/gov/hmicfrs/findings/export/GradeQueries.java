package uk.gov.hmicfrs.findings.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.progress.ActionStanding;
import uk.gov.hmicfrs.findings.progress.ActionStandingSql;
import uk.gov.hmicfrs.findings.system.database.PlannedEachTimeJdbcTemplate;

/** The grade summary and chart queries: each one statement, whatever the number of rows. */
@Repository
class GradeQueries {

    /** Applies a GradeFilter to an inspection alias i and a region alias r. */
    static final String FILTER = """
             (cast(:region as text) is null or r.slug = cast(:region as text))
             and (cast(:kind as text) is null or i.kind = cast(:kind as text))
             and (cast(:year as integer) is null or (i.published_on >= make_date(cast(:year as integer), 1, 1)
                  and i.published_on < make_date(cast(:year as integer) + 1, 1, 1)))
            """;

    // Planned for their values every time: FILTER's "no region given, or this region" conditions only
    // simplify when the planner knows the values.
    private final NamedParameterJdbcTemplate jdbc;

    GradeQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(new PlannedEachTimeJdbcTemplate(dataSource));
    }

    static MapSqlParameterSource params(GradeFilter filter) {
        return new MapSqlParameterSource()
                .addValue("region", filter.region())
                .addValue("kind", filter.kindName())
                .addValue("year", filter.year());
    }

    List<RegionOption> regions() {
        return jdbc.query("select slug, name from region order by position",
                (rs, n) -> new RegionOption(rs.getString("slug"), rs.getString("name")));
    }

    /**
     * The years in which an inspection within the filter's region and kind graded an organisation,
     * newest first. The year filter itself is left out: these are the years it may choose from.
     */
    List<Integer> judgementYears(GradeFilter filter) {
        return jdbc.queryForList("""
                select distinct cast(extract(year from i.published_on) as integer) as year
                from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id join region r on r.id = o.region_id
                where""" + FILTER + """
                order by year desc
                """, params(new GradeFilter(filter.region(), filter.kind(), null)), Integer.class);
    }

    /** Inspections that graded at least one organisation within the filter, oldest first. */
    List<GradeMatrix.Column> columns(GradeFilter filter) {
        return jdbc.query("""
                select i.id, i.slug, i.title, i.published_on, i.kind from inspection i
                where exists (select 1 from judgement j join organisation o on o.id = j.organisation_id
                              join region r on r.id = o.region_id
                              where j.inspection_id = i.id and""" + FILTER + """
                )
                order by i.published_on, i.id
                """, params(filter), (rs, n) -> new GradeMatrix.Column(rs.getLong("id"), rs.getString("slug"),
                rs.getString("title"), rs.getObject("published_on", java.time.LocalDate.class),
                InspectionKind.valueOf(rs.getString("kind")).label()));
    }

    record JudgementCell(long inspectionId, String organisationSlug, String organisationName,
                         OrganisationType organisationType, String regionSlug, String regionName, Grade grade) {
    }

    /** Graded judgements within the filter, in region, organisation, then inspection order. */
    List<JudgementCell> judgements(GradeFilter filter) {
        return jdbc.query("""
                select j.inspection_id, o.slug, o.name, o.type, r.slug as region_slug, r.name as region_name, j.grade
                from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id join region r on r.id = o.region_id
                where""" + FILTER + """
                order by r.position, o.position, i.published_on, i.id
                """, params(filter), (rs, n) -> new JudgementCell(rs.getLong("inspection_id"), rs.getString("slug"),
                rs.getString("name"), OrganisationType.valueOf(rs.getString("type")), rs.getString("region_slug"),
                rs.getString("region_name"), Grade.valueOf(rs.getString("grade"))));
    }

    /** How many actions have each standing, in ActionStanding order (alias a, with :today). */
    static final String COUNT_BY_STANDING = Arrays.stream(ActionStanding.values())
            .map(standing -> "count(*) filter (where" + ActionStandingSql.is(standing) + ") as " + standing.name())
            .collect(Collectors.joining(", "));

    /**
     * Per organisation: how many actions have each standing, in ActionStanding order; superseded actions
     * are left out, as the action that supersedes them is counted.
     * The actions are found from the filter's inspections (areas for improvement, then recommendations),
     * so a year reads that year's findings by index, where joining from every action read them all.
     */
    List<Chart.Row> actionsByStatus(GradeFilter filter, LocalDate today) {
        return jdbc.query("select o.name, " + COUNT_BY_STANDING + """

                from (
                    select a.id from inspection i join finding f on f.inspection_id = i.id
                    join action a on a.finding_id = f.id
                    join organisation o on o.id = a.organisation_id join region r on r.id = o.region_id
                    where a.assessment <> 'SUPERSEDED' and""" + FILTER + """
                    union all
                    select a.id from inspection i join finding f on f.inspection_id = i.id
                    join recommendation rec on rec.finding_id = f.id join action a on a.recommendation_id = rec.id
                    join organisation o on o.id = a.organisation_id join region r on r.id = o.region_id
                    where a.assessment <> 'SUPERSEDED' and""" + FILTER + """
                ) scoped
                join action a on a.id = scoped.id
                join organisation o on o.id = a.organisation_id join region r on r.id = o.region_id
                group by o.id, o.name, r.position, o.position
                order by r.position, o.position
                """, params(filter).addValue("today", today), (rs, n) -> {
                    List<Number> counts = new ArrayList<>();
                    for (ActionStanding standing : ActionStanding.values()) {
                        counts.add(rs.getLong(standing.name()));
                    }
                    return new Chart.Row(rs.getString("name"), counts);
                });
    }

    /** Per organisation (and per region for regional findings): findings of each type, in FindingType order. */
    List<Chart.Row> findingsByType(GradeFilter filter) {
        return jdbc.query("""
                select coalesce(o.name, 'Regional findings: ' || r.name) as name,
                       count(*) filter (where f.type = 'AREA_FOR_IMPROVEMENT') as afi,
                       count(*) filter (where f.type = 'CAUSE_OF_CONCERN') as coc,
                       count(*) filter (where f.type = 'INNOVATIVE_PRACTICE') as ip,
                       count(*) filter (where f.type = 'PROMISING_PRACTICE') as pp,
                       count(*) filter (where f.type = 'OBSERVATION') as obs
                from finding f join inspection i on i.id = f.inspection_id
                left join organisation o on o.id = f.organisation_id
                join region r on r.id = coalesce(o.region_id, i.region_id)
                where not f.withdrawn and""" + FILTER + """
                group by coalesce(o.name, 'Regional findings: ' || r.name), r.position, o.position
                order by r.position, o.position nulls first
                """, params(filter), (rs, n) -> new Chart.Row(rs.getString("name"), List.of(rs.getLong("afi"),
                rs.getLong("coc"), rs.getLong("ip"), rs.getLong("pp"), rs.getLong("obs"))));
    }

    static final String PURSUE_LABEL = "Recorded disruptions that were pursue activity";

    /** The share of recorded disruptions that were pursue activity, as each report gave it. */
    List<Chart.Row> pursueShare(GradeFilter filter) {
        List<Chart.Row> rows = new ArrayList<>();
        jdbc.query("""
                select o.name, k.value, k.period from key_figure k
                join inspection i on i.id = k.inspection_id
                join organisation o on o.id = k.organisation_id join region r on r.id = o.region_id
                where k.label = :label and k.unit = 'percent' and""" + FILTER + """
                order by r.position, o.position, i.published_on
                """, params(filter).addValue("label", PURSUE_LABEL), rs -> {
            double value = rs.getBigDecimal("value").doubleValue();
            String period = rs.getString("period");
            rows.add(new Chart.Row(rs.getString("name") + (period == null ? "" : " (" + period + ")"),
                    List.of(value, Math.max(0, 100 - value))));
        });
        return rows;
    }
}
