package uk.gov.hmicfrs.findings.reportimport;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a stored inspection in the import format (docs/import-format.md). Used to produce
 * docs/examples/west-midlands-soc-2024.json from the Flyway seed, and so proves the format can
 * carry everything the seed holds. It only reads, one statement per part of the report.
 */
@Repository
public class ReportJsonExporter {

    private final JdbcClient jdbc;

    ReportJsonExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public String export(String inspectionSlug) {
        ObjectNode root = ReportImportService.JSON.createObjectNode();
        root.put("format", "findings-tracker-report/1");
        Map<String, Object> i = jdbc.sql("""
                        select i.id, i.title, i.slug, i.reference_prefix, i.published_on::text as published, i.kind,
                               r.slug as region, i.source
                        from inspection i left join region r on r.id = i.region_id where i.slug = :slug""")
                .param("slug", inspectionSlug).query().singleRow();
        long id = ((Number) i.get("id")).longValue();
        ObjectNode inspection = root.putObject("inspection");
        for (String[] f : new String[][] {{"title", "title"}, {"slug", "slug"}, {"referencePrefix", "reference_prefix"},
                {"published", "published"}, {"kind", "kind"}, {"region", "region"}, {"source", "source"}}) {
            inspection.put(f[0], (String) i.get(f[1]));
        }
        ArrayNode judgements = root.putArray("judgements");
        jdbc.sql("""
                        select o.slug, j.grade, j.sentence, j.position from judgement j join organisation o on o.id = j.organisation_id
                        where j.inspection_id = :id order by j.position""").param("id", id)
                .query((rs, n) -> judgements.addObject().put("organisation", rs.getString("slug"))
                        .put("grade", rs.getString("grade")).put("sentence", rs.getString("sentence"))
                        .put("position", rs.getInt("position"))).list();

        Map<Long, List<String>> findingThemes = themes("""
                select ft.finding_id, t.slug from finding_theme ft join theme t on t.id = ft.theme_id
                join finding f on f.id = ft.finding_id where f.inspection_id = :id order by ft.finding_id, t.position""", id);
        Map<Long, List<String>> recommendationThemes = themes("""
                select rt.recommendation_id, t.slug from recommendation_theme rt join theme t on t.id = rt.theme_id
                join recommendation r on r.id = rt.recommendation_id join finding f on f.id = r.finding_id
                where f.inspection_id = :id order by rt.recommendation_id, t.position""", id);
        Map<Long, ArrayNode> recommendationsByFinding = new HashMap<>();
        ArrayNode findings = root.putArray("findings");
        jdbc.sql("""
                        select f.id, f.reference, f.section, f.type, o.slug as organisation, f.title, f.body, f.position,
                               rf.reference as repeats
                        from finding f left join organisation o on o.id = f.organisation_id
                        left join finding rf on rf.id = f.repeats_finding_id
                        where f.inspection_id = :id order by f.position""").param("id", id)
                .query((rs, n) -> {
                    ObjectNode f = findings.addObject();
                    f.put("reference", rs.getString("reference"));
                    f.put("section", rs.getString("section"));
                    f.put("type", rs.getString("type"));
                    f.put("organisation", rs.getString("organisation"));
                    f.put("title", rs.getString("title"));
                    f.put("body", rs.getString("body"));
                    f.put("position", rs.getInt("position"));
                    ArrayNode themes = f.putArray("themes");
                    findingThemes.getOrDefault(rs.getLong("id"), List.of()).forEach(themes::add);
                    if (rs.getString("repeats") != null) {
                        f.put("repeats", rs.getString("repeats"));
                    }
                    recommendationsByFinding.put(rs.getLong("id"), f.putArray("recommendations"));
                    return f;
                }).list();
        jdbc.sql("""
                        select r.id, r.finding_id, r.reference, r.lead_in, r.text, r.due_on::text as due, o.slug as organisation
                        from recommendation r join finding f on f.id = r.finding_id join organisation o on o.id = r.organisation_id
                        where f.inspection_id = :id order by f.position, r.position""").param("id", id)
                .query((rs, n) -> {
                    ObjectNode r = recommendationsByFinding.get(rs.getLong("finding_id")).addObject();
                    r.put("reference", rs.getString("reference"));
                    r.put("leadIn", rs.getString("lead_in"));
                    r.put("text", rs.getString("text"));
                    r.put("due", rs.getString("due"));
                    r.put("organisation", rs.getString("organisation"));
                    ArrayNode themes = r.putArray("themes");
                    recommendationThemes.getOrDefault(rs.getLong("id"), List.of()).forEach(themes::add);
                    return r;
                }).list();
        ArrayNode keyFigures = root.putArray("keyFigures");
        jdbc.sql("""
                        select o.slug as organisation, f.reference as finding, k.label, k.value, k.unit, k.period, k.position
                        from key_figure k left join organisation o on o.id = k.organisation_id
                        left join finding f on f.id = k.finding_id where k.inspection_id = :id order by k.position""")
                .param("id", id)
                .query((rs, n) -> keyFigures.addObject().put("organisation", rs.getString("organisation"))
                        .put("finding", rs.getString("finding")).put("label", rs.getString("label"))
                        .put("value", rs.getObject("value", BigDecimal.class)).put("unit", rs.getString("unit"))
                        .put("period", rs.getString("period")).put("position", rs.getInt("position"))).list();
        ArrayNode passages = root.putArray("passages");
        jdbc.sql("""
                        select o.slug as organisation, p.chapter, p.section, p.heading, p.body, p.position
                        from passage p left join organisation o on o.id = p.organisation_id
                        where p.inspection_id = :id order by p.position""").param("id", id)
                .query((rs, n) -> passages.addObject().put("organisation", rs.getString("organisation"))
                        .put("chapter", rs.getString("chapter")).put("section", rs.getString("section"))
                        .put("heading", rs.getString("heading")).put("body", rs.getString("body"))
                        .put("position", rs.getInt("position"))).list();
        return ReportImportService.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private Map<Long, List<String>> themes(String sql, long inspectionId) {
        Map<Long, List<String>> byId = new HashMap<>();
        jdbc.sql(sql).param("id", inspectionId).query((rs, n) -> byId
                .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2))).list();
        return byId;
    }
}
