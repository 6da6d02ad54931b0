package uk.gov.hmicfrs.findings.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits finding text the way pages show it: paragraphs separated by a blank line, and lists whose
 * items are lines starting with "•" (bulleted) or "1." (numbered), as the seed stores them.
 */
public final class TextBlocks {

    public enum Kind { PARAGRAPH, BULLETS, NUMBERED }

    public record Block(Kind kind, List<String> lines) {
        public boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean bullets() {
            return kind == Kind.BULLETS;
        }

        public boolean numbered() {
            return kind == Kind.NUMBERED;
        }

        public String text() {
            return String.join(" ", lines);
        }
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*[•*-]\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");

    private TextBlocks() {
    }

    public static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")) {
            List<String> paragraph = new ArrayList<>();
            Kind listKind = null;
            List<String> items = new ArrayList<>();
            for (String line : chunk.split("\n")) {
                Matcher bullet = BULLET.matcher(line);
                Matcher number = NUMBER.matcher(line);
                Kind kind = bullet.matches() ? Kind.BULLETS : number.matches() ? Kind.NUMBERED : null;
                if (kind != null) {
                    if (!paragraph.isEmpty()) {
                        blocks.add(new Block(Kind.PARAGRAPH, List.copyOf(paragraph)));
                        paragraph.clear();
                    }
                    if (listKind != null && listKind != kind) {
                        blocks.add(new Block(listKind, List.copyOf(items)));
                        items.clear();
                    }
                    listKind = kind;
                    items.add((kind == Kind.BULLETS ? bullet : number).group(1).strip());
                } else if (!line.isBlank()) {
                    if (listKind != null) {
                        blocks.add(new Block(listKind, List.copyOf(items)));
                        items.clear();
                        listKind = null;
                    }
                    paragraph.add(line.strip());
                }
            }
            if (listKind != null) {
                blocks.add(new Block(listKind, List.copyOf(items)));
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new Block(Kind.PARAGRAPH, List.copyOf(paragraph)));
            }
        }
        return blocks;
    }
}
