package uk.gov.hmicfrs.findings.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Authoring (a recommendation's due date) and progress (revising an action's due date) use the one date input: the same
 * bad date gets the same message, linked to the same box, marks the same boxes, and keeps what was typed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DateInputPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "31 | 2  | 2026 | dueOnDay   | Due date must be a real date",
            "1  | -  | 2026 | dueOnMonth | Due date must include a month",
            "-  | 6  | -    | dueOnDay   | Due date must include a day and year",
            "1  | 13 | 2026 | dueOnMonth | Due date must be a real date",
            "1  | 1  | -999 | dueOnYear  | Due date must be a real date",
            "1  | 1  | 1066 | dueOnYear  | Due date must be between 1 January 1900 and 31 December 2100",
            "1  | 1  | 20266| dueOnYear  | Due date must be between 1 January 1900 and 31 December 2100"})
    @WithUserDetails("inspector")
    void authoringAndProgressGiveTheSameMessageForTheSameBadDate(String day, String month, String year, String box,
                                                                  String message) throws Exception {
        long organisation = jdbc.queryForObject("select id from organisation where code = 'WMERC'", Long.class);
        String authoring = page(date(post("/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new").with(csrf())
                .param("organisationId", String.valueOf(organisation)).param("leadIn", "By then:").param("text", "Do it.")
                .param("action", "save"), day, month, year));
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        String progress = page(date(post("/actions/{id}/due-date", action).with(csrf())
                .param("version", String.valueOf(ProgressTestData.version(jdbc, action))).param("reason", "Agreed at review"),
                day, month, year));

        for (String html : new String[] {authoring, progress}) {
            assertThat(summary(html)).isEqualTo("<li><a href=\"#" + box + "\">" + message + "</a></li>");
            assertThat(html).contains("id=\"dueOn-error\"><span class=\"govuk-visually-hidden\">Error:</span> " + message + "</p>");
            for (String part : new String[] {"Day", "Month", "Year"}) {
                String typed = switch (part) {
                    case "Day" -> day;
                    case "Month" -> month;
                    default -> year;
                };
                assertThat(html).as("what was typed is kept").contains("id=\"dueOn" + part + "\" name=\"dueOn" + part
                        + "\" type=\"text\" inputmode=\"numeric\" value=\"" + (typed == null ? "" : typed) + "\"");
            }
        }
        assertThat(marked(authoring)).isEqualTo(marked(progress)).contains(box);
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String day, String month, String year) {
        return request.param("dueOnDay", day == null ? "" : day).param("dueOnMonth", month == null ? "" : month)
                .param("dueOnYear", year == null ? "" : year);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private static String summary(String html) {
        int list = html.indexOf("govuk-error-summary__list\">");
        return html.substring(html.indexOf('>', list) + 1, html.indexOf("</ul>", list)).strip();
    }

    /** The ids of the date boxes marked in error, in page order. */
    private static String marked(String html) {
        StringBuilder ids = new StringBuilder();
        for (String part : new String[] {"Day", "Month", "Year"}) {
            if (html.contains("govuk-input--error\" id=\"dueOn" + part + "\"")) {
                ids.append("dueOn").append(part).append(' ');
            }
        }
        return ids.toString().strip();
    }
}
