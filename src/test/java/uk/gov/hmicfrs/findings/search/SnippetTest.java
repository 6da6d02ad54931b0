package uk.gov.hmicfrs.findings.search;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.search.Snippet.Part;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    @Test
    void splitsHeadlinesIntoPlainAndHighlightedParts() {
        Snippet snippet = Snippet.parse("improve its \uE0004P\uE001 \uE000plans\uE001 <b>now</b>");
        assertThat(snippet.parts()).containsExactly(new Part("improve its ", false), new Part("4P", true),
                new Part(" ", false), new Part("plans", true), new Part(" <b>now</b>", false));
    }

    @Test
    void unbalancedMarkersNeverLeaveAnOpenHighlight() {
        assertThat(Snippet.parse("a\uE001b\uE000c").parts())
                .containsExactly(new Part("ab", false), new Part("c", true));
        assertThat(Snippet.parse(null).parts()).isEmpty();
    }

    @Test
    void plainSnippetsAreCutAtAWord() {
        assertThat(Snippet.plain("one two\n\nthree four", 12).plainText()).isEqualTo("one two …");
    }
}
