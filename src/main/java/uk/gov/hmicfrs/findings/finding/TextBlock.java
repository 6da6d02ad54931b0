package uk.gov.hmicfrs.findings.finding;

import java.util.List;

/**
 * One block of report text as a page shows it: a paragraph, or a bulleted or numbered list.
 * Templates print {@link #text()} or {@link #items()} with th:text, so the words are always escaped.
 */
public record TextBlock(Kind kind, String text, List<String> items) {

    public enum Kind { PARAGRAPH, BULLETED_LIST, NUMBERED_LIST }

    static TextBlock paragraph(String text) {
        return new TextBlock(Kind.PARAGRAPH, text, List.of());
    }

    static TextBlock list(Kind kind, List<String> items) {
        return new TextBlock(kind, null, List.copyOf(items));
    }

    public boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    public boolean isBulletedList() {
        return kind == Kind.BULLETED_LIST;
    }

    public boolean isNumberedList() {
        return kind == Kind.NUMBERED_LIST;
    }
}
