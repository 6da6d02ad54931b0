package uk.gov.hmicfrs.findings.export;

import java.util.List;

/**
 * The data of one stacked bar chart, drawn as SVG and also shown as a plain table.
 *
 * @param id          unique on the page; prefixes the ids of the SVG title and description
 * @param title       what the chart shows
 * @param description a sentence for screen readers summarising the chart
 * @param rowHeader   what the rows are, e.g. "Organisation"
 * @param series      the stacked parts of each bar, in order
 * @param rows        one bar per row
 * @param unit        "" for counts, "%" for percentages
 */
public record Chart(String id, String title, String description, String rowHeader, List<Series> series,
                    List<Row> rows, String unit) {

    /** @param fill an SVG fill colour from the GOV.UK palette; the label is always shown too */
    public record Series(String label, String fill) {
    }

    public record Row(String label, List<Number> values) {

        public double total() {
            return values.stream().mapToDouble(Number::doubleValue).sum();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
