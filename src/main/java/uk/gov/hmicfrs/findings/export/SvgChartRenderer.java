package uk.gov.hmicfrs.findings.export;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link Chart} as a horizontal stacked bar chart in SVG, on the server. Every text is
 * escaped; colours are SVG presentation attributes and fonts come from app.css, so the page needs
 * no inline style or script under the Content-Security-Policy.
 */
@Component
class SvgChartRenderer {

    private static final int WIDTH = 800;
    private static final int LABEL_WIDTH = 280;
    private static final int BAR_WIDTH = 440;
    private static final int ROW_HEIGHT = 30;
    private static final int BAR_HEIGHT = 20;

    String render(Chart chart) {
        // the legend flows left to right and wraps, so that long series names are never cut off
        StringBuilder legend = new StringBuilder();
        int x = 0;
        int legendY = 6;
        for (Chart.Series series : chart.series()) {
            int width = 30 + series.label().length() * 7;
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                legendY += 24;
            }
            legend.append("<rect x=\"").append(x).append("\" y=\"").append(legendY)
                    .append("\" width=\"16\" height=\"16\" fill=\"").append(escape(series.fill()))
                    .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            legend.append("<text class=\"app-chart__legend\" x=\"").append(x + 22).append("\" y=\"").append(legendY + 13)
                    .append("\">").append(escape(series.label())).append("</text>");
            x += width;
        }
        int top = legendY + 28;
        int height = top + chart.rows().size() * ROW_HEIGHT + 10;
        double max = "%".equals(chart.unit()) ? 100
                : chart.rows().stream().mapToDouble(Chart.Row::total).max().orElse(0);
        if (max <= 0) {
            max = 1;
        }
        String titleId = chart.id() + "-title";
        String descId = chart.id() + "-desc";
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\">");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(chart.title())).append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(chart.description())).append("</desc>");
        svg.append(legend);

        int y = top;
        for (Chart.Row row : chart.rows()) {
            svg.append("<text class=\"app-chart__label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                    .append(y + 15).append("\" text-anchor=\"end\">").append(escape(shorten(row.label(), 40)))
                    .append("</text>");
            double offset = LABEL_WIDTH;
            for (int i = 0; i < row.values().size(); i++) {
                double value = row.values().get(i).doubleValue();
                if (value <= 0) {
                    continue;
                }
                double width = value / max * BAR_WIDTH;
                Chart.Series series = chart.series().get(i);
                svg.append("<rect x=\"").append(format(offset)).append("\" y=\"").append(y).append("\" width=\"")
                        .append(format(width)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                        .append(escape(series.fill())).append("\"><title>").append(escape(row.label())).append(": ")
                        .append(escape(series.label())).append(' ').append(number(value)).append(chart.unit())
                        .append("</title></rect>");
                offset += width;
            }
            svg.append("<text class=\"app-chart__value\" x=\"").append(format(offset + 6)).append("\" y=\"")
                    .append(y + 15).append("\">").append(escape(summary(chart, row))).append("</text>");
            y += ROW_HEIGHT;
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(top - 4).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(y).append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static String summary(Chart chart, Chart.Row row) {
        if ("%".equals(chart.unit())) {
            return number(row.values().get(0).doubleValue()) + "%";
        }
        return number(row.total());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.UK, "%.1f", value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
