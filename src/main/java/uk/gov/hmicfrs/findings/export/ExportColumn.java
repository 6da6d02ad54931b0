package uk.gov.hmicfrs.findings.export;

/**
 * One column of an export.
 *
 * @param width the expected width in characters, used for XLSX column widths instead of measuring
 *              every row (autosizing would hold rows in memory and take minutes at a million rows)
 */
public record ExportColumn(String name, Kind kind, int width) {

    public enum Kind { TEXT, DATE, DATE_TIME, NUMBER, YES_NO }

    public static ExportColumn text(String name, int width) {
        return new ExportColumn(name, Kind.TEXT, width);
    }

    public static ExportColumn date(String name) {
        return new ExportColumn(name, Kind.DATE, 12);
    }

    public static ExportColumn dateTime(String name) {
        return new ExportColumn(name, Kind.DATE_TIME, 18);
    }

    public static ExportColumn number(String name) {
        return new ExportColumn(name, Kind.NUMBER, Math.max(8, name.length() + 2));
    }

    public static ExportColumn yesNo(String name) {
        return new ExportColumn(name, Kind.YES_NO, Math.max(8, name.length() + 2));
    }
}
