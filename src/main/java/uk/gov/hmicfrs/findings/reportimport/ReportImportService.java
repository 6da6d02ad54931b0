package uk.gov.hmicfrs.findings.reportimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;

/**
 * Imports a whole report from the JSON format in docs/import-format.md: checks everything first and
 * reports every problem with its path, then writes all of it in one transaction (or nothing).
 */
@Service
public class ReportImportService {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JdbcClient jdbc;
    private final AuditService audit;

    ReportImportService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('INSPECTOR')")
    public ImportResult importReport(CurrentUser user, byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(List.of("$: the file is empty"));
        }
        String sha256 = sha256(content);
        String already = jdbc.sql("""
                        select i.slug from report_import ri join inspection i on i.id = ri.inspection_id
                        where ri.sha256 = :sha""").param("sha", sha256).query(String.class).optional().orElse(null);
        if (already != null) {
            throw new ImportRejectedException(List.of("$: this file has already been imported, as inspection " + already));
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ImportRejectedException(List.of("$: not valid JSON" + where));
        }
        ReportFileChecker checker = new ReportFileChecker(referenceData());
        ImportModel model = checker.check(root);
        if (model == null) {
            throw new ImportRejectedException(checker.problems());
        }
        ImportResult result;
        try {
            result = apply(model);
        } catch (DataAccessException e) {
            // the transaction rolls back: nothing of the report is kept
            throw new ImportRejectedException(List.of("$: the database refused the report ("
                    + e.getMostSpecificCause().getMessage().lines().findFirst().orElse("") + "); nothing was imported"));
        }
        jdbc.sql("""
                        insert into report_import (sha256, file_name, inspection_id, imported_by)
                        select :sha, :name, id, :user from inspection where slug = :slug""")
                .param("sha", sha256).param("name", fileName == null ? "report.json" : fileName)
                .param("user", user.id()).param("slug", model.inspection().slug()).update();
        audit.recordChange(user, "IMPORTED", AuditEntityType.INSPECTION, model.inspection().slug(), result.summary());
        return result;
    }

    private ReportFileChecker.ReferenceData referenceData() {
        List<ReportFileChecker.Org> organisations = jdbc.sql(
                        "select id, slug, name, short_name, code, type, region_id from organisation order by position")
                .query(ReportFileChecker.Org.class).list();
        Map<String, Long> regions = new HashMap<>();
        jdbc.sql("select id, slug, name from region").query((rs, n) -> {
            regions.put(rs.getString("slug"), rs.getLong("id"));
            regions.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getLong("id"));
            return null;
        }).list();
        Map<String, Long> themes = new HashMap<>();
        jdbc.sql("select id, slug, name from theme").query((rs, n) -> {
            themes.put(rs.getString("slug"), rs.getLong("id"));
            themes.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getLong("id"));
            return null;
        }).list();
        var slugs = new HashSet<String>();
        var prefixes = new HashSet<String>();
        jdbc.sql("select slug, reference_prefix from inspection").query((rs, n) -> {
            slugs.add(rs.getString(1));
            prefixes.add(rs.getString(2));
            return null;
        }).list();
        Map<String, Long> findings = new HashMap<>();
        jdbc.sql("select id, reference from finding").query((rs, n) -> findings.put(rs.getString(2), rs.getLong(1))).list();
        var taken = new HashSet<>(findings.keySet());
        taken.addAll(jdbc.sql("select reference from recommendation").query(String.class).list());
        return new ReportFileChecker.ReferenceData(organisations, regions, themes, slugs, prefixes, findings, taken);
    }

    private ImportResult apply(ImportModel model) {
        ImportModel.Inspection i = model.inspection();
        long inspectionId = jdbc.sql("""
                        insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                        values (:slug, :prefix, :title, :published, :kind, :region, :source) returning id""")
                .param("slug", i.slug()).param("prefix", i.referencePrefix()).param("title", i.title())
                .param("published", i.publishedOn()).param("kind", i.kind()).param("region", i.regionId())
                .param("source", i.source()).query(Long.class).single();
        for (ImportModel.Judgement j : model.judgements()) {
            jdbc.sql("""
                            insert into judgement (inspection_id, organisation_id, grade, sentence, position)
                            values (:i, :o, :grade, :sentence, :position)""")
                    .param("i", inspectionId).param("o", j.organisationId()).param("grade", j.grade())
                    .param("sentence", j.sentence()).param("position", j.position()).update();
        }
        Map<String, Long> findingIds = new HashMap<>();
        int recommendations = 0;
        for (ImportModel.Finding f : model.findings()) {
            long findingId = jdbc.sql("""
                            insert into finding (inspection_id, organisation_id, section, type, title, body, position,
                                                 reference, repeats_finding_id)
                            values (:i, :o, :section, :type, :title, :body, :position, :reference, :repeats) returning id""")
                    .param("i", inspectionId).param("o", f.organisationId()).param("section", f.section())
                    .param("type", f.type()).param("title", f.title()).param("body", f.body())
                    .param("position", f.position()).param("reference", f.reference())
                    .param("repeats", f.repeatsFindingId()).query(Long.class).single();
            findingIds.put(f.reference(), findingId);
            for (Long theme : f.themeIds()) {
                jdbc.sql("insert into finding_theme (finding_id, theme_id) values (:f, :t)")
                        .param("f", findingId).param("t", theme).update();
            }
            if (f.type().equals("AREA_FOR_IMPROVEMENT")) {
                // as V4 does for the seed: a regional area for improvement is owned by the region's ROCU
                jdbc.sql("""
                                insert into action (finding_id, organisation_id, original_due_on)
                                select :f, coalesce(:o, (select o.id from organisation o
                                                        where o.region_id = :region and o.type = 'ROCU')), null""")
                        .param("f", findingId).param("o", f.organisationId()).param("region", i.regionId()).update();
            }
            for (ImportModel.Recommendation r : f.recommendations()) {
                long recommendationId = jdbc.sql("""
                                insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position)
                                values (:f, :o, :reference, :leadIn, :text, :due, :position) returning id""")
                        .param("f", findingId).param("o", r.organisationId()).param("reference", r.reference())
                        .param("leadIn", r.leadIn()).param("text", r.text()).param("due", r.dueOn())
                        .param("position", r.position()).query(Long.class).single();
                for (Long theme : r.themeIds()) {
                    jdbc.sql("insert into recommendation_theme (recommendation_id, theme_id) values (:r, :t)")
                            .param("r", recommendationId).param("t", theme).update();
                }
                jdbc.sql("insert into action (recommendation_id, organisation_id, original_due_on) values (:r, :o, :due)")
                        .param("r", recommendationId).param("o", r.organisationId()).param("due", r.dueOn()).update();
                recommendations++;
            }
        }
        for (ImportModel.KeyFigure k : model.keyFigures()) {
            jdbc.sql("""
                            insert into key_figure (inspection_id, organisation_id, finding_id, label, value, unit, period, position)
                            values (:i, :o, :f, :label, :value, :unit, :period, :position)""")
                    .param("i", inspectionId).param("o", k.organisationId())
                    .param("f", k.findingReference() == null ? null : findingIds.get(k.findingReference()))
                    .param("label", k.label()).param("value", (BigDecimal) k.value()).param("unit", k.unit())
                    .param("period", k.period()).param("position", k.position()).update();
        }
        for (ImportModel.Passage p : model.passages()) {
            jdbc.sql("""
                            insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position)
                            values (:i, :o, :chapter, :section, :heading, :body, :position)""")
                    .param("i", inspectionId).param("o", p.organisationId()).param("chapter", p.chapter())
                    .param("section", p.section()).param("heading", p.heading()).param("body", p.body())
                    .param("position", p.position()).update();
        }
        return new ImportResult(i.slug(), i.title(), model.judgements().size(), model.findings().size(), recommendations,
                model.keyFigures().size(), model.passages().size());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
