package uk.gov.hmicfrs.findings.export;

import java.util.List;

import uk.gov.hmicfrs.findings.inspection.Grade;

/**
 * The grade summary: inspections as columns, organisations as rows grouped by region.
 *
 * @param columns inspections, oldest first
 * @param regions regions in order, each with the organisations graded in the filtered inspections
 * @param totals  how many judgements gave each grade, best grade first
 */
public record GradeMatrix(List<Column> columns, List<RegionRows> regions, List<GradeTotal> totals) {

    public record Column(long id, String slug, String title, java.time.LocalDate publishedOn, String kindLabel) {
    }

    public record RegionRows(String slug, String name, List<Row> rows) {
    }

    /** One organisation; cells line up with the columns, null where the inspection did not grade it. */
    public record Row(String slug, String name, String typeLabel, List<Grade> cells) {
    }

    public record GradeTotal(Grade grade, long count) {
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }
}
