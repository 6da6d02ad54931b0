package uk.gov.hmicfrs.findings.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows ‘ ’ and non-breaking spaces as they are. */
class CsvTableWriter implements TableWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer writer;
    private CSVPrinter printer;
    private List<ExportColumn> columns;

    CsvTableWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void start(List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(ExportColumn::name).toList());
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            printer.print(format(columns.get(i), values[i]));
        }
        printer.println();
    }

    private static String format(ExportColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> ((LocalDateTime) value).format(DATE_TIME);
            case YES_NO -> ((Boolean) value) ? "yes" : "no";
            case NUMBER -> value.toString();
            case TEXT -> TableWriter.neutralise(value.toString());
        };
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }
}
