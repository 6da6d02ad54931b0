package uk.gov.hmicfrs.findings.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.finding.FindingFilter;
import uk.gov.hmicfrs.findings.finding.FindingFilterSql;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.progress.ActionStanding;
import uk.gov.hmicfrs.findings.progress.ActionStandingSql;
import uk.gov.hmicfrs.findings.system.database.PlannedEachTimeJdbcTemplate;

/** The API's reads: one statement each, in a stable order. */
@Repository
class ApiQueries {

    private final NamedParameterJdbcTemplate jdbc;
    /** For the filtered lists ("no region given, or this region"), whose plans depend on the values given. */
    private final NamedParameterJdbcTemplate plannedEachTime;

    ApiQueries(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.plannedEachTime = new NamedParameterJdbcTemplate(new PlannedEachTimeJdbcTemplate(dataSource));
    }

    List<ApiRecords.Region> regions() {
        return jdbc.query("select slug, name, position from region order by position, id",
                (rs, n) -> new ApiRecords.Region(rs.getString("slug"), rs.getString("name"), rs.getInt("position")));
    }

    private static final String ORGANISATION_SELECT = """
            select o.slug, o.name, o.short_name, o.code, o.type, r.slug as region
            from organisation o join region r on r.id = o.region_id
            """;

    private static final RowMapper<ApiRecords.Organisation> ORGANISATION = (rs, n) -> new ApiRecords.Organisation(
            rs.getString("slug"), rs.getString("name"), rs.getString("short_name"), rs.getString("code"),
            rs.getString("type"), rs.getString("region"));

    List<ApiRecords.Organisation> organisations(String region) {
        return plannedEachTime.query(ORGANISATION_SELECT + " where (cast(:region as text) is null or r.slug = cast(:region as text)) "
                + "order by r.position, o.position, o.id", new MapSqlParameterSource("region", region), ORGANISATION);
    }

    Optional<ApiRecords.Organisation> organisation(String slug) {
        return jdbc.query(ORGANISATION_SELECT + " where o.slug = :slug", new MapSqlParameterSource("slug", slug), ORGANISATION)
                .stream().findFirst();
    }

    private static final String INSPECTION_SELECT = """
            select i.slug, i.title, i.published_on, i.kind, r.slug as region, i.reference_prefix
            from inspection i left join region r on r.id = i.region_id
            """;

    private static final RowMapper<ApiRecords.Inspection> INSPECTION = (rs, n) -> new ApiRecords.Inspection(
            rs.getString("slug"), rs.getString("title"), rs.getObject("published_on", LocalDate.class),
            rs.getString("kind"), rs.getString("region"), rs.getString("reference_prefix"));

    List<ApiRecords.Inspection> inspections() {
        return jdbc.query(INSPECTION_SELECT + " order by i.published_on desc, i.id desc", INSPECTION);
    }

    Optional<ApiRecords.Inspection> inspection(String slug) {
        return jdbc.query(INSPECTION_SELECT + " where i.slug = :slug", new MapSqlParameterSource("slug", slug), INSPECTION)
                .stream().findFirst();
    }

    List<ApiRecords.Judgement> judgements(String inspection, String region, String organisation) {
        return plannedEachTime.query("""
                select i.slug as inspection, i.published_on, o.slug as organisation, o.name, r.slug as region, j.grade, j.sentence
                from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id join region r on r.id = o.region_id
                where (cast(:inspection as text) is null or i.slug = cast(:inspection as text))
                  and (cast(:region as text) is null or r.slug = cast(:region as text))
                  and (cast(:organisation as text) is null or o.slug = cast(:organisation as text))
                order by i.published_on, i.id, j.position, j.id
                """, new MapSqlParameterSource("inspection", inspection).addValue("region", region)
                .addValue("organisation", organisation), (rs, n) -> new ApiRecords.Judgement(rs.getString("inspection"),
                rs.getObject("published_on", LocalDate.class), rs.getString("organisation"), rs.getString("name"),
                rs.getString("region"), rs.getString("grade"), Grade.valueOf(rs.getString("grade")).label(), rs.getString("sentence")));
    }

    private static final String FINDING_COLUMNS = """
            select f.reference, i.slug as inspection, i.published_on, r.slug as region, o.slug as organisation,
                   f.section, f.type, f.title, f.body,
                   (select count(*) from recommendation rc where rc.finding_id = f.id) as recommendations
            from""";

    private static final RowMapper<ApiRecords.Finding> FINDING = (rs, n) -> new ApiRecords.Finding(rs.getString("reference"),
            rs.getString("inspection"), rs.getObject("published_on", LocalDate.class), rs.getString("region"),
            rs.getString("organisation"), rs.getString("section"), rs.getString("type"),
            FindingType.valueOf(rs.getString("type")).label(), rs.getString("title"), rs.getString("body"),
            rs.getLong("recommendations"));

    long countFindings(FindingFilter filter) {
        Long count = plannedEachTime.queryForObject("select count(*) from" + FindingFilterSql.FROM + "where" + FindingFilterSql.WHERE,
                FindingFilterSql.params(filter), Long.class);
        return count == null ? 0 : count;
    }

    /** Report order; the id last so that the order is total and pages never overlap. */
    List<ApiRecords.Finding> findings(FindingFilter filter, long offset, int limit) {
        return plannedEachTime.query(FINDING_COLUMNS + FindingFilterSql.FROM + "where" + FindingFilterSql.WHERE
                        + "order by i.published_on, i.id, f.position, f.id limit :limit offset :offset",
                FindingFilterSql.params(filter).addValue("limit", limit).addValue("offset", offset), FINDING);
    }

    Optional<ApiRecords.Finding> finding(String reference) {
        return jdbc.query(FINDING_COLUMNS + FindingFilterSql.FROM + "where f.reference = :reference and not f.withdrawn",
                new MapSqlParameterSource("reference", reference), FINDING).stream().findFirst();
    }

    List<ApiRecords.Recommendation> recommendations(String findingReference) {
        return jdbc.query("""
                select rc.reference, o.slug, rc.lead_in, rc.text, rc.due_on
                from recommendation rc join finding f on f.id = rc.finding_id join organisation o on o.id = rc.organisation_id
                where f.reference = :reference order by rc.position, rc.id
                """, new MapSqlParameterSource("reference", findingReference), (rs, n) -> new ApiRecords.Recommendation(
                rs.getString("reference"), rs.getString("slug"), rs.getString("lead_in"), rs.getString("text"),
                rs.getObject("due_on", LocalDate.class)));
    }

    private static final String ACTION_SELECT = """
            select a.id, coalesce(rec.reference, af.reference) as reference,
                   case when a.recommendation_id is null then 'Area for improvement' else 'Recommendation' end as kind,
                   o.slug as organisation, o.name as organisation_name, coalesce(rec.text, af.title) as title,
                   a.original_due_on, a.revised_due_on, a.force_status, a.assessment, a.version,
                   %s as standing
            from action a join organisation o on o.id = a.organisation_id
            left join finding af on af.id = a.finding_id
            left join recommendation rec on rec.id = a.recommendation_id
            """.formatted(ActionStandingSql.STANDING);

    record ActionRow(long id, String reference, String kind, String organisation, String organisationName, String title,
                     LocalDate originalDueOn, LocalDate revisedDueOn, String forceStatus, String assessment,
                     ActionStanding standing, int version) {
    }

    private static final RowMapper<ActionRow> ACTION = (rs, n) -> new ActionRow(rs.getLong("id"), rs.getString("reference"),
            rs.getString("kind"), rs.getString("organisation"), rs.getString("organisation_name"), rs.getString("title"),
            rs.getObject("original_due_on", LocalDate.class), rs.getObject("revised_due_on", LocalDate.class),
            rs.getString("force_status"), rs.getString("assessment"), ActionStanding.valueOf(rs.getString("standing")),
            rs.getInt("version"));

    private static final String ACTION_FILTER = " where (cast(:organisation as text) is null or o.slug = cast(:organisation as text)) ";

    long countActions(String organisation) {
        Long count = plannedEachTime.queryForObject("select count(*) from action a join organisation o on o.id = a.organisation_id"
                + ACTION_FILTER, new MapSqlParameterSource("organisation", organisation), Long.class);
        return count == null ? 0 : count;
    }

    /** By id, which is total and only grows: pages never overlap and new actions join the last page. */
    List<ActionRow> actions(String organisation, long offset, int limit, LocalDate today) {
        return plannedEachTime.query(ACTION_SELECT + ACTION_FILTER + "order by a.id limit :limit offset :offset",
                new MapSqlParameterSource("organisation", organisation).addValue("limit", limit).addValue("offset", offset)
                        .addValue("today", today), ACTION);
    }

    Optional<ActionRow> action(long id, LocalDate today) {
        return jdbc.query(ACTION_SELECT + " where a.id = :id", new MapSqlParameterSource("id", id).addValue("today", today),
                ACTION).stream().findFirst();
    }

    /**
     * The updates of many actions in one statement, oldest first within each action. The ids go as
     * ONE array parameter: an expanded "in (:ids)" binds one parameter per id, and the driver
     * refuses more than 65,535.
     */
    Map<Long, List<ApiRecords.ProgressUpdate>> updates(Collection<Long> actionIds) {
        Map<Long, List<ApiRecords.ProgressUpdate>> byAction = new LinkedHashMap<>();
        if (actionIds.isEmpty()) {
            return byAction;
        }
        jdbc.query("""
                select pu.id, pu.action_id, pu.created_at, u.display_name, pu.status_before, pu.status_after, pu.narrative
                from progress_update pu join app_user u on u.id = pu.author_id
                where pu.action_id = any(:ids) order by pu.action_id, pu.created_at, pu.id
                """, new MapSqlParameterSource("ids", new SqlArrayValue("bigint", actionIds.toArray())), rs -> {
            byAction.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>()).add(new ApiRecords.ProgressUpdate(
                    rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("display_name"),
                    rs.getString("status_before"), rs.getString("status_after"), rs.getString("narrative")));
        });
        return byAction;
    }

    boolean regionExists(String slug) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from region where slug = :slug)",
                new MapSqlParameterSource("slug", slug), Boolean.class));
    }
}
