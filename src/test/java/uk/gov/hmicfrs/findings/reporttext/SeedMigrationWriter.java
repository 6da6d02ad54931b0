package uk.gov.hmicfrs.findings.reporttext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Finding;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Judgement;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.KeyFigure;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Organisation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Passage;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Recommendation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Region;

/**
 * Writes a {@link ParsedReport} as a PostgreSQL migration against the V1 schema. Foreign keys are
 * subselects by slug or reference, never ids; text is in standard single-quoted literals with quotes doubled.
 * The output depends only on the parsed report, so regenerating gives identical SQL.
 */
public final class SeedMigrationWriter {

    private final String sourceName;

    /** @param sourceName the report file name, quoted in the header comment */
    public SeedMigrationWriter(String sourceName) {
        this.sourceName = sourceName;
    }

    public String write(ParsedReport report) {
        StringBuilder sql = new StringBuilder();
        var inspection = report.inspection();
        sql.append("-- ").append(inspection.title()).append('\n')
                .append("-- Seed data generated from ").append(sourceName).append(" by\n")
                .append("-- uk.gov.hmicfrs.findings.reporttext.GenerateSeedMigration. Do not edit by hand: fix the parser or\n")
                .append("-- its tables (OrganisationDirectory, ReportFacts) and regenerate.\n")
                .append("-- ").append(report.regions().size()).append(" regions, ")
                .append(report.organisations().size()).append(" organisations, ")
                .append(report.judgements().size()).append(" judgements, ")
                .append(report.findings().size()).append(" findings, ")
                .append(report.recommendations().size()).append(" recommendations, ")
                .append(report.passages().size()).append(" passages, ")
                .append(report.keyFigures().size()).append(" key figures.\n\n");

        sql.append("-- Regions and organisations, as Appendix 1 lists them\n");
        sql.append("insert into region (slug, name, position) values\n");
        StringJoiner rows = new StringJoiner(",\n", "", ";\n\n");
        for (Region r : report.regions()) {
            rows.add("    (" + literal(r.slug()) + ", " + literal(r.name()) + ", " + r.position() + ")");
        }
        sql.append(rows);

        sql.append("insert into organisation (slug, name, short_name, code, type, region_id, position) values\n");
        rows = new StringJoiner(",\n", "", ";\n\n");
        for (Organisation o : report.organisations()) {
            rows.add("    (" + literal(o.slug()) + ", " + literal(o.name()) + ", " + literal(o.shortName()) + ", "
                    + literal(o.code()) + ", " + literal(o.type().name()) + ", " + region(o.regionSlug()) + ", "
                    + o.position() + ")");
        }
        sql.append(rows);

        sql.append("-- The inspection\n");
        sql.append("insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source) values (\n")
                .append("    ").append(literal(inspection.slug())).append(",\n")
                .append("    ").append(literal(inspection.referencePrefix())).append(",\n")
                .append("    ").append(literal(inspection.title())).append(",\n")
                .append("    ").append(date(inspection.publishedOn())).append(",\n")
                .append("    ").append(literal(inspection.kind())).append(",\n")
                .append("    ").append(inspection.regionSlug() == null ? "null" : region(inspection.regionSlug())).append(",\n")
                .append("    ").append(literal(inspection.source())).append(");\n\n");

        String inspectionId = "(select id from inspection where slug = " + literal(inspection.slug()) + ")";
        sql.append("-- The report in order: passages, judgements and findings share one position sequence\n\n");

        List<Object> items = new ArrayList<>();
        items.addAll(report.passages());
        items.addAll(report.judgements());
        items.addAll(report.findings());
        items.sort(Comparator.comparingInt(SeedMigrationWriter::position));
        for (Object item : items) {
            if (item instanceof Passage p) {
                sql.append("-- passage ").append(p.position()).append(": ").append(p.chapter())
                        .append(p.heading() == null ? "" : " / " + p.heading()).append('\n');
                sql.append("insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (\n")
                        .append("    ").append(inspectionId).append(",\n")
                        .append("    ").append(organisation(p.organisationCode())).append(",\n")
                        .append("    ").append(literal(p.chapter())).append(",\n")
                        .append("    ").append(p.section() == null ? "null" : literal(p.section().name())).append(",\n")
                        .append("    ").append(literal(p.heading())).append(",\n")
                        .append("    ").append(literal(p.body())).append(",\n")
                        .append("    ").append(p.position()).append(");\n\n");
            } else if (item instanceof Judgement j) {
                sql.append("-- judgement ").append(j.position()).append(": ").append(j.organisationCode()).append('\n');
                sql.append("insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (\n")
                        .append("    ").append(inspectionId).append(",\n")
                        .append("    ").append(organisation(j.organisationCode())).append(",\n")
                        .append("    ").append(literal(j.grade().name())).append(",\n")
                        .append("    ").append(literal(j.sentence())).append(",\n")
                        .append("    ").append(j.position()).append(");\n\n");
            } else if (item instanceof Finding f) {
                sql.append("-- finding ").append(f.position()).append(": ").append(f.reference()).append('\n');
                sql.append("insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (\n")
                        .append("    ").append(inspectionId).append(",\n")
                        .append("    ").append(organisation(f.organisationCode())).append(",\n")
                        .append("    ").append(literal(f.section().name())).append(",\n")
                        .append("    ").append(literal(f.type().name())).append(",\n")
                        .append("    ").append(literal(f.title())).append(",\n")
                        .append("    ").append(literal(f.body())).append(",\n")
                        .append("    ").append(f.position()).append(",\n")
                        .append("    ").append(literal(f.reference())).append(");\n\n");
                if (!f.recommendations().isEmpty()) {
                    sql.append("insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position) values\n");
                    rows = new StringJoiner(",\n", "", ";\n\n");
                    for (Recommendation r : f.recommendations()) {
                        rows.add("    (" + finding(r.findingReference()) + ", " + organisation(r.organisationCode()) + ", "
                                + literal(r.reference()) + ",\n        " + literal(r.leadIn()) + ",\n        "
                                + literal(r.text()) + ",\n        " + (r.dueOn() == null ? "null" : date(r.dueOn()))
                                + ", " + r.position() + ")");
                    }
                    sql.append(rows);
                }
            }
        }

        if (!report.keyFigures().isEmpty()) {
            sql.append("-- Key figures stated in the report\n");
            sql.append("insert into key_figure (inspection_id, organisation_id, finding_id, label, value, unit, period, position) values\n");
            rows = new StringJoiner(",\n", "", ";\n");
            for (KeyFigure k : report.keyFigures()) {
                rows.add("    (" + inspectionId + ", " + organisation(k.organisationCode()) + ",\n        "
                        + (k.findingReference() == null ? "null" : finding(k.findingReference())) + ",\n        "
                        + literal(k.label()) + ", " + number(k.value()) + ", " + literal(k.unit()) + ", "
                        + literal(k.period()) + ", " + k.position() + ")");
            }
            sql.append(rows);
        }
        return sql.toString();
    }

    private static int position(Object item) {
        if (item instanceof Passage p) {
            return p.position();
        }
        if (item instanceof Judgement j) {
            return j.position();
        }
        return ((Finding) item).position();
    }

    static String literal(String text) {
        if (text == null) {
            return "null";
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL character in text");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private static String date(LocalDate date) {
        return "date '" + date + "'";
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }

    private static String region(String slug) {
        return "(select id from region where slug = " + literal(slug) + ")";
    }

    private static String organisation(String code) {
        return code == null ? "null" : "(select id from organisation where code = " + literal(code) + ")";
    }

    private static String finding(String reference) {
        return "(select id from finding where reference = " + literal(reference) + ")";
    }
}
