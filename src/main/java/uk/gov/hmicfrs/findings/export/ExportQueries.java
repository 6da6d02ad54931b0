package uk.gov.hmicfrs.findings.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.validation.Errors;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.progress.ActionStanding;
import uk.gov.hmicfrs.findings.progress.ActionStandingSql;
import uk.gov.hmicfrs.findings.progress.AssessmentOutcome;
import uk.gov.hmicfrs.findings.progress.ForceStatus;
import uk.gov.hmicfrs.findings.system.database.PlannedEachTimeJdbcTemplate;
import uk.gov.hmicfrs.findings.system.time.ClockConfiguration;
import uk.gov.hmicfrs.findings.finding.FindingFilter;
import uk.gov.hmicfrs.findings.finding.FindingFilterSql;

/**
 * The export queries. Each runs with a fetch size, so PostgreSQL's driver reads through a cursor
 * (it does so only inside a transaction, which ExportService opens) and hands every row to a
 * callback as it arrives: no list of all rows is ever built.
 */
@Repository
class ExportQueries {

    static final int FETCH_SIZE = 2000;

    // Both planned for their values every time: the filters ("no region given, or this region") only
    // simplify when the planner knows the values, and a download is rare enough that planning is free.
    private final NamedParameterJdbcTemplate streaming;
    private final NamedParameterJdbcTemplate jdbc;

    ExportQueries(DataSource dataSource) {
        JdbcTemplate template = new PlannedEachTimeJdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.jdbc = new NamedParameterJdbcTemplate(new PlannedEachTimeJdbcTemplate(dataSource));
    }

    /** One statement: which of the given slugs name nothing, recorded in errors. */
    void checkSlugs(String inspection, String region, String organisation, String theme, Errors errors) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("inspection", inspection)
                .addValue("region", region).addValue("organisation", organisation).addValue("theme", theme);
        jdbc.query("""
                select (cast(:inspection as text) is null or exists (select 1 from inspection where slug = cast(:inspection as text))) as inspection_ok,
                       (cast(:region as text) is null or exists (select 1 from region where slug = cast(:region as text))) as region_ok,
                       (cast(:organisation as text) is null or exists (select 1 from organisation where slug = cast(:organisation as text))) as organisation_ok,
                       (cast(:theme as text) is null or exists (select 1 from theme where slug = cast(:theme as text))) as theme_ok
                """, params, rs -> {
            if (!rs.getBoolean("inspection_ok")) {
                errors.rejectValue("inspection", "unknown", "Select an inspection from the list");
            }
            if (!rs.getBoolean("region_ok")) {
                errors.rejectValue("region", "unknown", "Select a region from the list");
            }
            if (!rs.getBoolean("organisation_ok")) {
                errors.rejectValue("organisation", "unknown", "Select an organisation from the list");
            }
            if (!rs.getBoolean("theme_ok")) {
                errors.rejectValue("theme", "unknown", "Select a theme from the list");
            }
        });
    }

    Long organisationId(String slug) {
        return jdbc.query("select id from organisation where slug = :slug", new MapSqlParameterSource("slug", slug),
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    static final List<ExportColumn> GRADE_COLUMNS = List.of(
            ExportColumn.text("inspection", 60), ExportColumn.date("published"), ExportColumn.text("region", 24),
            ExportColumn.text("organisation", 45), ExportColumn.text("organisation_type", 30),
            ExportColumn.text("grade", 22));

    void grades(GradeFilter filter, LocalDate from, LocalDate to, RowSink sink) {
        streaming.query("""
                select i.title, i.published_on, r.name as region, o.name as organisation, o.type, j.grade
                from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id join region r on r.id = o.region_id
                where""" + GradeQueries.FILTER + """
                  and (cast(:from as date) is null or i.published_on >= cast(:from as date))
                  and (cast(:to as date) is null or i.published_on <= cast(:to as date))
                order by i.published_on, i.id, j.position
                """, GradeQueries.params(filter).addValue("from", from).addValue("to", to), (RowCallbackHandler) rs ->
                sink.accept(new Object[] {rs.getString("title"), rs.getObject("published_on", LocalDate.class),
                        rs.getString("region"), rs.getString("organisation"),
                        OrganisationType.valueOf(rs.getString("type")).label(), Grade.valueOf(rs.getString("grade")).label()}));
    }

    static final List<ExportColumn> FINDING_COLUMNS = List.of(
            ExportColumn.text("reference", 28), ExportColumn.text("inspection", 50), ExportColumn.date("published"),
            ExportColumn.text("region", 20), ExportColumn.text("organisation", 40), ExportColumn.text("section", 30),
            ExportColumn.text("type", 22), ExportColumn.text("title", 60), ExportColumn.text("text", 100),
            ExportColumn.number("recommendations"));

    void findings(FindingFilter filter, RowSink sink) {
        streaming.query("select f.reference, i.title as inspection, i.published_on, r.name as region, "
                + "o.name as organisation, f.section, f.type, f.title, f.body, "
                + "(select count(*) from recommendation rc where rc.finding_id = f.id) as recommendations from"
                + FindingFilterSql.FROM + "where" + FindingFilterSql.WHERE + "order by i.published_on, i.id, f.position",
                FindingFilterSql.params(filter), (RowCallbackHandler) rs -> sink.accept(new Object[] {
                        rs.getString("reference"), rs.getString("inspection"), rs.getObject("published_on", LocalDate.class),
                        rs.getString("region"), rs.getString("organisation"),
                        ReportSection.valueOf(rs.getString("section")).label(), FindingType.valueOf(rs.getString("type")).label(),
                        rs.getString("title"), rs.getString("body"), rs.getLong("recommendations")}));
    }

    static final List<ExportColumn> ACTION_COLUMNS = List.of(
            ExportColumn.text("reference", 30), ExportColumn.text("kind", 22), ExportColumn.text("inspection", 50),
            ExportColumn.text("region", 20), ExportColumn.text("organisation", 40), ExportColumn.text("title", 60),
            ExportColumn.date("original_due"), ExportColumn.date("revised_due"), ExportColumn.text("force_status", 14),
            ExportColumn.text("assessment", 14), ExportColumn.yesNo("overdue"),
            ExportColumn.dateTime("latest_update"), ExportColumn.text("latest_update_by", 24),
            // last, so that the columns before it keep their places for those who read them by position
            ExportColumn.text("standing", 20));

    void actions(String region, Long organisationId, LocalDate today, RowSink sink) {
        streaming.query("""
                select coalesce(rec.reference, af.reference) as reference,
                       case when a.recommendation_id is null then 'Area for improvement' else 'Recommendation' end as kind,
                       i.title as inspection, r.name as region, o.name as organisation,
                       coalesce(rec.text, af.title) as title, a.original_due_on, a.revised_due_on,
                       a.force_status, a.assessment, """ + ActionStandingSql.STANDING + """
                 as standing,
                       latest.created_at as latest_update_at, latest.display_name as latest_update_by
                from action a
                join organisation o on o.id = a.organisation_id join region r on r.id = o.region_id
                left join finding af on af.id = a.finding_id
                left join recommendation rec on rec.id = a.recommendation_id
                left join finding rf on rf.id = rec.finding_id
                join inspection i on i.id = coalesce(af.inspection_id, rf.inspection_id)
                left join lateral (select pu.created_at, u.display_name from progress_update pu
                                   join app_user u on u.id = pu.author_id
                                   where pu.action_id = a.id order by pu.created_at desc, pu.id desc limit 1) latest on true
                where (cast(:region as text) is null or r.slug = cast(:region as text))
                  and (cast(:organisation as bigint) is null or o.id = cast(:organisation as bigint))
                order by i.published_on, i.id, r.position, o.position, coalesce(rf.position, af.position), rec.position nulls first
                """, new MapSqlParameterSource("region", region).addValue("organisation", organisationId)
                        .addValue("today", today),
                (RowCallbackHandler) rs -> actionRow(rs, sink));
    }

    private static void actionRow(ResultSet rs, RowSink sink) throws SQLException {
        ActionStanding standing = ActionStanding.valueOf(rs.getString("standing"));
        sink.accept(new Object[] {
                rs.getString("reference"), rs.getString("kind"), rs.getString("inspection"), rs.getString("region"),
                rs.getString("organisation"), rs.getString("title"), rs.getObject("original_due_on", LocalDate.class),
                rs.getObject("revised_due_on", LocalDate.class), ForceStatus.valueOf(rs.getString("force_status")).label(),
                AssessmentOutcome.valueOf(rs.getString("assessment")).label(), standing == ActionStanding.OVERDUE,
                londonTime(rs, "latest_update_at"), rs.getString("latest_update_by"), standing.label()});
    }

    private static java.time.LocalDateTime londonTime(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : java.time.LocalDateTime.ofInstant(timestamp.toInstant(), ClockConfiguration.LOCAL_ZONE);
    }

    /** Receives each row as the cursor delivers it; IOExceptions surface unchecked to end the export. */
    @FunctionalInterface
    interface RowSink {
        void accept(Object[] row);
    }
}
