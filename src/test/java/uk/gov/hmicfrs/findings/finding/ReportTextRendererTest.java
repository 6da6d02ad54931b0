package uk.gov.hmicfrs.findings.finding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextRendererTest {

    @Test
    void splitsParagraphsOnBlankLines() {
        List<TextBlock> blocks = ReportTextRenderer.render("First paragraph.\n\nSecond\u00A0paragraph.");
        assertThat(blocks).containsExactly(TextBlock.paragraph("First paragraph."), TextBlock.paragraph("Second\u00A0paragraph."));
    }

    @Test
    void keepsBulletedAndNumberedListsAsLists() {
        List<TextBlock> blocks = ReportTextRenderer.render("""
                It has four objectives:

                  1. building safe communities;
                  2. developing a workforce; and

                It works by:
                  • identifying offenders;
                  • supporting operations.
                After the list.""");
        assertThat(blocks).containsExactly(
                TextBlock.paragraph("It has four objectives:"),
                TextBlock.list(TextBlock.Kind.NUMBERED_LIST, List.of("building safe communities;", "developing a workforce; and")),
                TextBlock.paragraph("It works by:"),
                TextBlock.list(TextBlock.Kind.BULLETED_LIST, List.of("identifying offenders;", "supporting operations.")),
                TextBlock.paragraph("After the list."));
    }

    @Test
    void aYearAtTheStartOfALineIsNotAListItem() {
        assertThat(ReportTextRenderer.render("2024. A sentence that starts with a year.\n<script>x</script>"))
                .containsExactly(TextBlock.paragraph("2024. A sentence that starts with a year. <script>x</script>"));
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(ReportTextRenderer.render("")).isEmpty();
        assertThat(ReportTextRenderer.render(null)).isEmpty();
    }

    @Test
    void aBulletTypedWithoutAnIndentIsAListItemButOtherMarksAreNot() {
        // as an inspector types a list in the authoring form; a dash or star may start a sentence's aside
        assertThat(ReportTextRenderer.render("The force should:\n• first;\n• second.\n- not an item\n* nor this"))
                .containsExactly(
                        TextBlock.paragraph("The force should:"),
                        TextBlock.list(TextBlock.Kind.BULLETED_LIST, List.of("first;", "second.")),
                        TextBlock.paragraph("- not an item * nor this"));
    }
}
