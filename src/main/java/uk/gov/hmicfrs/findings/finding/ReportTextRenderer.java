package uk.gov.hmicfrs.findings.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a finding's stored text into blocks: paragraphs are separated by a blank line, and lines
 * that start with "• " or "  1. " are list items. Done here rather than in a template so that the
 * template only prints escaped text and real lists, and so that the rules are unit-tested. The one
 * renderer of finding text: the finding page and the authoring preview both show what it gives.
 */
public final class ReportTextRenderer {

    // Two spaces (or non-breaking spaces) then the marker, as the seed generator writes them. A bullet
    // needs no indent, as an inspector types it: no sentence starts with one. A number does, since a
    // sentence may start with a year ("2024. The force...").
    private static final Pattern BULLET = Pattern.compile("^[ \\u00A0]{0,2}•[ \\u00A0]+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^[ \\u00A0]{2}\\d+\\.[ \\u00A0]+(.*)$");

    private ReportTextRenderer() {
    }

    public static List<TextBlock> render(String body) {
        List<TextBlock> blocks = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return blocks;
        }
        for (String chunk : body.replace("\r\n", "\n").split("\n[ \\t]*\n")) {
            renderChunk(chunk, blocks);
        }
        return blocks;
    }

    private static void renderChunk(String chunk, List<TextBlock> blocks) {
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        TextBlock.Kind listKind = null;
        for (String line : chunk.split("\n")) {
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBER.matcher(line);
            TextBlock.Kind kind = bullet.matches() ? TextBlock.Kind.BULLETED_LIST
                    : number.matches() ? TextBlock.Kind.NUMBERED_LIST : null;
            if (kind == null) {
                if (line.isBlank()) {
                    continue;
                }
                if (listKind != null) {
                    blocks.add(TextBlock.list(listKind, items));
                    items.clear();
                    listKind = null;
                }
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
                continue;
            }
            if (!paragraph.isEmpty()) {
                blocks.add(TextBlock.paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (listKind != null && listKind != kind) {
                blocks.add(TextBlock.list(listKind, items));
                items.clear();
            }
            listKind = kind;
            items.add((kind == TextBlock.Kind.BULLETED_LIST ? bullet : number).group(1).strip());
        }
        if (listKind != null) {
            blocks.add(TextBlock.list(listKind, items));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(TextBlock.paragraph(paragraph.toString()));
        }
    }
}
