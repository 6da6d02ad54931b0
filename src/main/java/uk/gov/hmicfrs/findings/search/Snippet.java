package uk.gov.hmicfrs.findings.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Highlighted text as plain parts, some marked: the template prints each part with th:text, inside
 * a mark element when highlighted. No HTML from the database is ever trusted.
 */
public record Snippet(List<Part> parts) {

    /** Private-use characters PostgreSQL's ts_headline puts around matches (StartSel / StopSel). */
    static final char START = '\uE000';
    static final char STOP = '\uE001';

    public record Part(String text, boolean highlighted) {
    }

    /** Splits ts_headline output on the markers; unbalanced markers are simply dropped. */
    static Snippet parse(String headline) {
        List<Part> parts = new ArrayList<>();
        if (headline == null) {
            return new Snippet(parts);
        }
        StringBuilder current = new StringBuilder();
        boolean inMark = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                boolean wantMark = c == START;
                if (wantMark != inMark) {
                    if (!current.isEmpty()) {
                        parts.add(new Part(current.toString(), inMark));
                        current.setLength(0);
                    }
                    inMark = wantMark;
                }
                continue;
            }
            current.append(c);
        }
        if (!current.isEmpty()) {
            parts.add(new Part(current.toString(), inMark));
        }
        return new Snippet(parts);
    }

    /** The first words of a text, for listing without a query. */
    static Snippet plain(String text, int maxChars) {
        if (text == null) {
            return new Snippet(List.of());
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() > maxChars) {
            int cut = flat.lastIndexOf(' ', maxChars);
            flat = flat.substring(0, cut > 0 ? cut : maxChars) + " …";
        }
        return new Snippet(List.of(new Part(flat, false)));
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
