package uk.gov.hmicfrs.findings.progress;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.system.time.Today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One action (West Mercia's recommendation 9) taken through each case, and the same standing read
 * from every place that shows it: the finding page, the organisation page, the action page, My
 * actions, the API and the actions CSV.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("inspector")
class ActionStandingAcrossPagesTest {

    static final String FINDING = "WM-SOC-2024-WMERC-COC-1";
    static final String R9 = FINDING + "-R9";
    static final String R8 = FINDING + "-R8";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    @Autowired
    UserDetailsService users;

    long r9;
    RequestPostProcessor lead;

    @BeforeEach
    void setUp() {
        r9 = ProgressTestData.actionId(jdbc, R9);
        lead = user(users.loadUserByUsername("lead.westmercia"));
    }

    @Test
    void pastDueAndNotStartedIsOverdueEverywhere() throws Exception {
        set("NOT_STARTED", "NOT_ASSESSED", today.date().minusDays(10), null);
        assertEverywhere(ActionStanding.OVERDUE, "Overdue");
    }

    /** The bug: pages said overdue, the API, CSV and chart did not. */
    @Test
    void pastDueAndCompletedButNotAssessedIsAwaitingAssessmentEverywhere() throws Exception {
        set("COMPLETED", "NOT_ASSESSED", today.date().minusDays(10), null);
        assertEverywhere(ActionStanding.AWAITING_ASSESSMENT, "Awaiting assessment");
    }

    @Test
    void aRevisedDateInTheFutureIsOnTrackEverywhereThoughTheOriginalHasPassed() throws Exception {
        set("IN_PROGRESS", "NOT_ASSESSED", today.date().minusDays(10), today.date().plusDays(30));
        assertEverywhere(ActionStanding.ON_TRACK, "On track");
    }

    @Test
    void metIsClosedEverywhere() throws Exception {
        set("COMPLETED", "MET", today.date().minusDays(10), null);
        assertEverywhere(ActionStanding.CLOSED, "Met");
    }

    @Test
    void supersededIsClosedEverywhere() throws Exception {
        set("NOT_STARTED", "SUPERSEDED", today.date().minusDays(10), null);
        assertEverywhere(ActionStanding.CLOSED, "Superseded");
    }

    private void set(String forceStatus, String assessment, LocalDate originalDue, LocalDate revisedDue) {
        Long replacement = assessment.equals("SUPERSEDED") ? ProgressTestData.actionId(jdbc, R8) : null;
        jdbc.update("""
                update action set force_status = ?, assessment = ?, original_due_on = ?, revised_due_on = ?,
                                  revised_due_reason = ?, superseded_by_action_id = ?
                where id = ?""", forceStatus, assessment, originalDue, revisedDue,
                revisedDue == null ? null : "Agreed at review", replacement, r9);
    }

    /** @param apiStatus the API's status words: a closed action's are its assessment's */
    private void assertEverywhere(ActionStanding standing, String apiStatus) throws Exception {
        String tag = "class=\"" + standing.tagClass() + "\">" + standing.label() + "<";

        assertThat(recommendationRow(html(get("/findings/{reference}", FINDING)))).as("finding page").contains(tag);
        assertThat(recommendationRow(html(get("/organisations/west-mercia-police")))).as("organisation page").contains(tag);

        String actionPage = html(get("/actions/{id}", r9));
        String standingRow = actionPage.substring(actionPage.indexOf("id=\"standing\""));
        assertThat(standingRow.substring(0, standingRow.indexOf("</dd>"))).as("action page").contains(tag);

        String myActions = mvc.perform(get("/my-actions").with(lead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (standing == ActionStanding.CLOSED) {
            assertThat(myActions).as("my actions lists open actions only").doesNotContain(">" + R9 + "<");
        } else {
            String row = myActions.substring(myActions.indexOf(">" + R9 + "<"));
            assertThat(row.substring(0, row.indexOf("</tr>"))).as("my actions").contains(tag);
        }

        mvc.perform(get("/api/v1/actions/{id}", r9))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(R9))
                .andExpect(jsonPath("$.standing").value(standing.name()))
                .andExpect(jsonPath("$.status").value(apiStatus))
                .andExpect(jsonPath("$.overdue").value(standing == ActionStanding.OVERDUE));

        byte[] csv = mvc.perform(get("/exports/actions.csv").param("organisation", "west-mercia-police"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        CSVRecord record = csvRecord(csv, R9);
        assertThat(record.get("standing")).as("actions.csv").isEqualTo(standing.label());
        assertThat(record.get("overdue")).as("actions.csv").isEqualTo(standing == ActionStanding.OVERDUE ? "yes" : "no");
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row of recommendation 9, from its reference to the end of the row. */
    private static String recommendationRow(String html) {
        String row = html.substring(html.indexOf(">" + R9 + "<"));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private static CSVRecord csvRecord(byte[] bytes, String reference) throws Exception {
        // after the byte order mark
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().filter(r -> r.get("reference").equals(reference)).findFirst().orElseThrow();
        }
    }
}
