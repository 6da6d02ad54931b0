package uk.gov.hmicfrs.findings.export;

/** A chart ready for the page: its data for the table, and the SVG drawn from the same data. */
public record ChartView(Chart chart, String svg) {
}
