package uk.gov.hmicfrs.findings.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes an export row by row as the database returns it. Values are String, LocalDate,
 * LocalDateTime, Number, Boolean or null, in column order.
 */
public interface TableWriter {

    void start(List<ExportColumn> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** Completes the file and flushes it to the client. */
    void finish() throws IOException;

    /** Neutralises a cell that a spreadsheet would otherwise run as a formula (OWASP CSV injection). */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
