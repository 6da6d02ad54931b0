package uk.gov.hmicfrs.findings.authoring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The authoring preview shows a finding's text exactly as its page will once saved: the same blocks, the same HTML. */
@IntegrationTest
@AutoConfigureMockMvc
class PreviewIsThePageTest {

    private static final Pattern TEXT = Pattern.compile("<div class=\"app-finding-text\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern ADDED = Pattern.compile("Finding (\\S+) added");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {
            // bullets typed as an inspector types them, on their own lines with no indent
            "• first;\n• second.",
            // a lead-in ending ":" straight above its items
            "The force should:\n• first;\n• second.",
            // the seed's own form: a blank line, then two spaces before each marker
            "The force should:\n\n  • train officers;\n  • review plans.",
            // plain paragraphs, one of two lines
            "First paragraph,\nstill the first.\n\nSecond paragraph.",
            // a numbered list, and a sentence that starts with a year (not a list item)
            "It has two objectives:\n\n  1. building safe communities;\n  2. developing a workforce.\n\n2024. The year of the inspection."})
    @Transactional
    @WithUserDetails("inspector")
    void thePreviewRendersTheSameBlocksAsTheSavedFindingPage(String body) throws Exception {
        String preview = text(mvc.perform(finding(body, "preview")).andExpect(status().isOk()).andReturn());

        MvcResult saved = mvc.perform(finding(body, "save")).andExpect(status().is3xxRedirection()).andReturn();
        Matcher added = ADDED.matcher(String.valueOf(saved.getFlashMap().get("success")));
        assertThat(added.matches()).isTrue();
        String page = text(mvc.perform(get("/findings/" + added.group(1))).andExpect(status().isOk()).andReturn());

        assertThat(preview).isEqualTo(page).isNotBlank();
        if (body.contains("•")) {
            // every bullet is a list item, none is left in a paragraph
            assertThat(page).contains("<ul class=\"govuk-list govuk-list--bullet\">").doesNotContain("•");
        }
    }

    @Test
    @WithUserDetails("inspector")
    void theStoredReportTextPreviewsAsItsPageShowsIt() throws Exception {
        // the seeded findings with lists: the text as stored renders as it did before the preview shared the renderer
        List<FindingRow> withLists = jdbc.sql("select reference, body from finding where body like '%•%' or body ~ '\\n  [0-9]+\\. '")
                .query(FindingRow.class).list();
        assertThat(withLists).isNotEmpty();
        for (FindingRow stored : withLists) {
            String page = text(mvc.perform(get("/findings/" + stored.reference())).andExpect(status().isOk()).andReturn());
            String preview = text(mvc.perform(post("/findings/" + stored.reference() + "/edit").with(csrf())
                            .param("body", stored.body()).param("action", "preview"))
                    .andExpect(status().isOk()).andReturn());
            assertThat(preview).as(stored.reference()).isEqualTo(page).containsPattern("govuk-list--(bullet|number)");
        }
    }

    record FindingRow(String reference, String body) {
    }

    private static MockHttpServletRequestBuilder finding(String body, String action) {
        return post("/inspections/west-midlands-soc-2024/findings/new").with(csrf())
                .param("section", "TACKLING").param("type", "OBSERVATION")
                .param("title", "A finding to preview").param("body", body).param("action", action);
    }

    /** The rendered blocks of the page's one piece of finding text. */
    private static String text(MvcResult result) throws Exception {
        Matcher text = TEXT.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(text.find()).as("the page shows finding text").isTrue();
        String blocks = text.group(1).strip();
        assertThat(text.find()).as("only one piece of finding text").isFalse();
        return blocks;
    }
}
