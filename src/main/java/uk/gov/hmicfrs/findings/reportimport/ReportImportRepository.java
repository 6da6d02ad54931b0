package uk.gov.hmicfrs.findings.reportimport;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a report file is checked against, the record of files imported, and the parts of a report that
 * no page edits (key figures, passages), which have no entity and are written here as rows.
 */
@Repository
class ReportImportRepository {

    private final JdbcClient jdbc;

    ReportImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The slug of the inspection a file with this SHA-256 was imported as. */
    Optional<String> importedAs(String sha256) {
        return jdbc.sql("""
                        select i.slug from report_import ri join inspection i on i.id = ri.inspection_id
                        where ri.sha256 = :sha""").param("sha", sha256).query(String.class).optional();
    }

    void recordImport(String sha256, String fileName, long inspectionId, long userId, Instant now) {
        jdbc.sql("""
                        insert into report_import (sha256, file_name, inspection_id, imported_by, imported_at)
                        values (:sha, :name, :inspection, :user, :now)""")
                .param("sha", sha256).param("name", fileName).param("inspection", inspectionId)
                .param("user", userId).param("now", Timestamp.from(now)).update();
    }

    ReportFileChecker.ReferenceData referenceData() {
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

    /** @param findingId the finding whose text states the figure, or null */
    void insertKeyFigure(long inspectionId, ImportModel.KeyFigure k, Long findingId) {
        jdbc.sql("""
                        insert into key_figure (inspection_id, organisation_id, finding_id, label, value, unit, period, position)
                        values (:i, :o, :f, :label, :value, :unit, :period, :position)""")
                .param("i", inspectionId).param("o", k.organisationId())
                .param("f", findingId)
                .param("label", k.label()).param("value", (BigDecimal) k.value()).param("unit", k.unit())
                .param("period", k.period()).param("position", k.position()).update();
    }

    void insertPassage(long inspectionId, ImportModel.Passage p) {
        jdbc.sql("""
                        insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position)
                        values (:i, :o, :chapter, :section, :heading, :body, :position)""")
                .param("i", inspectionId).param("o", p.organisationId()).param("chapter", p.chapter())
                .param("section", p.section()).param("heading", p.heading()).param("body", p.body())
                .param("position", p.position()).update();
    }
}
