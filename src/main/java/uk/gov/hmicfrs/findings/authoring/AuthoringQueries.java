package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.authoring.AuthoringForms.JudgementForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.InspectionView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.JudgementRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.Option;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationView;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;

/** What the authoring forms show, and the report-order numbers and references new entries take, each in one statement. */
@Repository
class AuthoringQueries {

    private final JdbcClient jdbc;

    AuthoringQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- reads for the forms ----

    Optional<InspectionView> inspection(String slug) {
        return jdbc.sql("""
                        select i.id, i.slug, i.title, i.reference_prefix, i.published_on, i.kind, i.region_id,
                               r.slug as region_slug, r.name as region_name, i.source, i.version
                        from inspection i left join region r on r.id = i.region_id where i.slug = :slug""")
                .param("slug", slug).query(InspectionView.class).optional();
    }

    List<JudgementRow> judgementRows(long inspectionId) {
        return jdbc.sql("""
                        select j.id, o.name, j.grade, j.sentence, j.version from judgement j
                        join organisation o on o.id = j.organisation_id where j.inspection_id = :id order by j.position""")
                .param("id", inspectionId)
                .query((rs, n) -> {
                    Grade grade = Grade.valueOf(rs.getString("grade"));
                    return new JudgementRow(rs.getLong("id"), rs.getString("name"), grade.name(), grade.label(),
                            grade.tagClass(), rs.getString("sentence"), rs.getInt("version"));
                }).list();
    }

    /** The inspection's findings with their recommendations, in two statements. */
    List<FindingRow> findingRows(long inspectionId) {
        List<RecommendationRow> recommendations = jdbc.sql("""
                        select r.id, r.reference, r.finding_id, o.name as organisation_name, r.text, r.due_on
                        from recommendation r join finding f on f.id = r.finding_id
                        join organisation o on o.id = r.organisation_id
                        where f.inspection_id = :id order by r.finding_id, r.position""")
                .param("id", inspectionId).query(RecommendationRow.class).list();
        Map<Long, List<RecommendationRow>> byFinding = new LinkedHashMap<>();
        recommendations.forEach(r -> byFinding.computeIfAbsent(r.findingId(), k -> new ArrayList<>()).add(r));
        return jdbc.sql("""
                        select f.id, f.reference, f.title, f.type, f.section, o.name as organisation_name, f.withdrawn,
                               f.version, rf.reference as repeats_reference
                        from finding f left join organisation o on o.id = f.organisation_id
                        left join finding rf on rf.id = f.repeats_finding_id
                        where f.inspection_id = :id order by f.position""")
                .param("id", inspectionId)
                .query((rs, n) -> {
                    FindingType type = FindingType.valueOf(rs.getString("type"));
                    long id = rs.getLong("id");
                    return new FindingRow(id, rs.getString("reference"), rs.getString("title"), type.label(),
                            type.tagClass(), ReportSection.valueOf(rs.getString("section")).label(),
                            rs.getString("organisation_name"), rs.getBoolean("withdrawn"), rs.getInt("version"),
                            rs.getString("repeats_reference"), byFinding.getOrDefault(id, List.of()));
                }).list();
    }

    /** Organisations a finding, judgement or recommendation of this inspection can name: its region's, or all. */
    List<Option> organisationOptions(Long regionId) {
        return jdbc.sql("""
                        select o.id, o.name from organisation o
                        where :region::bigint is null or o.region_id = :region order by o.position""")
                .param("region", regionId)
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name"))).list();
    }

    List<Option> regionOptions() {
        return jdbc.sql("select slug, name from region order by position")
                .query((rs, n) -> new Option(rs.getString("slug"), rs.getString("name"))).list();
    }

    Optional<FindingView> finding(String reference) {
        return jdbc.sql("""
                        select f.id, f.reference, i.slug as inspection_slug, i.region_id, f.section, f.type,
                               f.organisation_id, f.title, f.body, f.withdrawn, f.version,
                               coalesce(array(select ft.theme_id from finding_theme ft where ft.finding_id = f.id order by 1),
                                        '{}') as theme_ids,
                               rf.reference as repeats_reference
                        from finding f join inspection i on i.id = f.inspection_id
                        left join finding rf on rf.id = f.repeats_finding_id
                        where f.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new FindingView(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("inspection_slug"), (Long) rs.getObject("region_id", Long.class),
                        rs.getString("section"), rs.getString("type"), (Long) rs.getObject("organisation_id", Long.class),
                        rs.getString("title"), rs.getString("body"), rs.getBoolean("withdrawn"), rs.getInt("version"),
                        longs(rs.getArray("theme_ids")), rs.getString("repeats_reference")))
                .optional();
    }

    Optional<RecommendationView> recommendation(String reference) {
        return jdbc.sql("""
                        select r.id, r.reference, r.finding_id, f.reference as finding_reference,
                               i.slug as inspection_slug, r.organisation_id, r.lead_in, r.text, r.due_on, r.version,
                               coalesce(array(select rt.theme_id from recommendation_theme rt
                                              where rt.recommendation_id = r.id order by 1), '{}') as theme_ids
                        from recommendation r join finding f on f.id = r.finding_id
                        join inspection i on i.id = f.inspection_id where r.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new RecommendationView(rs.getLong("id"), rs.getString("reference"),
                        rs.getLong("finding_id"), rs.getString("finding_reference"), rs.getString("inspection_slug"),
                        rs.getObject("organisation_id", Long.class), rs.getString("lead_in"), rs.getString("text"),
                        rs.getObject("due_on", LocalDate.class), rs.getInt("version"), longs(rs.getArray("theme_ids"))))
                .optional();
    }

    private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    Optional<JudgementForm> judgementForm(long judgementId) {
        return jdbc.sql("select organisation_id, grade, sentence, version from judgement where id = :id")
                .param("id", judgementId)
                .query((rs, n) -> {
                    JudgementForm form = new JudgementForm();
                    form.organisationId = rs.getLong("organisation_id");
                    form.grade = rs.getString("grade");
                    form.sentence = rs.getString("sentence");
                    form.version = rs.getInt("version");
                    return form;
                }).optional();
    }

    // ---- checks and numbering for writes ----

    boolean hasFindings(long inspectionId) {
        return jdbc.sql("select exists (select 1 from finding where inspection_id = :id)").param("id", inspectionId)
                .query(Boolean.class).single();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return exists("select 1 from inspection where slug = :v and id <> coalesce(:except, -1)", slug, exceptId);
    }

    boolean referencePrefixTaken(String referencePrefix, Long exceptId) {
        return exists("select 1 from inspection where reference_prefix = :v and id <> coalesce(:except, -1)",
                referencePrefix, exceptId);
    }

    private boolean exists(String sql, String value, Long exceptId) {
        return jdbc.sql("select exists (" + sql + ")").param("v", value).param("except", exceptId)
                .query(Boolean.class).single();
    }

    /** The ids among these that are themes: a form may post anything. */
    List<Long> themeIds(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from theme where id in (:ids)").param("ids", ids.stream().distinct().toList())
                .query(Long.class).list();
    }

    /** Passages, judgements and findings share one report-order sequence; new entries go at the end. */
    int nextPosition(long inspectionId) {
        return jdbc.sql("""
                        select coalesce(max(p), 0) + 1 from (
                            select max(position) as p from finding where inspection_id = :i
                            union all select max(position) from judgement where inspection_id = :i
                            union all select max(position) from passage where inspection_id = :i) positions""")
                .param("i", inspectionId).query(Integer.class).single();
    }

    int nextRecommendationPosition(long findingId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from recommendation where finding_id = :f")
                .param("f", findingId).query(Integer.class).single();
    }

    /** References taken that start with the stem, findings' and recommendations' alike. */
    List<String> referencesStartingWith(String stem) {
        return jdbc.sql("""
                        select reference from finding where starts_with(reference, :stem)
                        union all select reference from recommendation where starts_with(reference, :stem)""")
                .param("stem", stem).query(String.class).list();
    }
}
