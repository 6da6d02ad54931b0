package uk.gov.hmicfrs.findings.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.hmicfrs.findings.progress.ProgressTestData.R3;

@IntegrationTest
@AutoConfigureMockMvc
class ActionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatementCounter sql;

    long r3;

    @BeforeEach
    void findAction() {
        r3 = ProgressTestData.actionId(jdbc, R3);
    }

    @Test
    @WithUserDetails("analyst")
    void theActionPageShowsWhatItTracksItsOwnerDatesAndStatusesInFourStatements() throws Exception {
        sql.reset();
        mvc.perform(get("/actions/{id}", r3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("By 1 January 2025, West Mercia Police should:")))
                .andExpect(content().string(containsString("href=\"/findings/WM-SOC-2024-WMERC-COC-1\"")))
                .andExpect(content().string(stringContainsInOrder("Owner", "West Mercia Police", "Original due date", "1 January 2025",
                        "Force’s status", "Not started", "Inspectorate’s assessment", "Not assessed", "Overdue")))
                // analysts read: no buttons to change anything
                .andExpect(content().string(not(containsString("Add a progress update"))))
                .andExpect(content().string(not(containsString("Record an assessment"))));
        // the action, progress updates, evidence, assessments
        assertThat(sql.count()).isEqualTo(4);
    }

    @Test
    @WithUserDetails("lead.westmercia")
    @Transactional
    void aLeadAddsAnUpdateWithAPdfAndTheTimelineShowsItWithTheScriptAsText() throws Exception {
        int version = ProgressTestData.version(jdbc, r3);
        mvc.perform(multipart("/actions/{id}/progress", r3)
                        .file(new MockMultipartFile("files", "plan.pdf", "application/octet-stream", ProgressTestData.pdf()))
                        .param("version", String.valueOf(version))
                        .param("status", "IN_PROGRESS")
                        .param("narrative", "Plan agreed <script>alert('x')</script>")
                        .param("links", "https://www.westmercia.police.uk/soc-plan")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/actions/" + r3));

        assertThat(jdbc.queryForObject("select force_status from action where id = ?", String.class, r3)).isEqualTo("IN_PROGRESS");
        assertThat(ProgressTestData.version(jdbc, r3)).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ACTION' and entity_id = ? and action = 'PROGRESS_UPDATE_ADDED'",
                Long.class, String.valueOf(r3))).isEqualTo(1);

        sql.reset();
        String page = mvc.perform(get("/actions/{id}", r3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan agreed &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("Status changed from not started to in progress")))
                .andExpect(content().string(containsString("https://www.westmercia.police.uk/soc-plan")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sql.count()).isEqualTo(4);

        long evidenceId = jdbc.queryForObject("select e.id from evidence e join progress_update p on p.id = e.progress_update_id where p.action_id = ? and e.kind = 'FILE'", Long.class, r3);
        assertThat(page).contains("href=\"/evidence/" + evidenceId + "\"");
        mvc.perform(get("/evidence/{id}", evidenceId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("plan.pdf")))
                .andExpect(content().bytes(ProgressTestData.pdf()));
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void myActionsListsTheOrganisationsOpenActionsOverdueFirstInOneStatement() throws Exception {
        sql.reset();
        mvc.perform(get("/my-actions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("WM-SOC-2024-WMERC-COC-1-R1")))
                .andExpect(content().string(containsString("WM-SOC-2024-WMERC-COC-1-R9")))
                .andExpect(content().string(stringContainsInOrder("WM-SOC-2024-WMERC-COC-1-R1", "Overdue", "WM-SOC-2024-WMERC-COC-1-R2")))
                // another force's actions are not listed
                .andExpect(content().string(not(containsString("WARKS"))));
        assertThat(sql.count()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void aNarrativeIsRequiredAndNothingIsSavedWithoutOne() throws Exception {
        long before = ProgressTestData.count(jdbc, "progress_update");
        mvc.perform(multipart("/actions/{id}/progress", r3)
                        .param("version", String.valueOf(ProgressTestData.version(jdbc, r3)))
                        .param("status", "IN_PROGRESS").param("narrative", "  ")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add a progress update")))
                .andExpect(content().string(containsString("href=\"#narrative\">Enter what has been done</a>")));
        assertThat(ProgressTestData.count(jdbc, "progress_update")).isEqualTo(before);
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    @Transactional
    void completedWorkAwaitsAssessmentUntilAnInspectorAssessesIt() throws Exception {
        var lead = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("lead.westmercia"));
        var inspector = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("inspector"));
        mvc.perform(multipart("/actions/{id}/progress", r3).param("version", String.valueOf(ProgressTestData.version(jdbc, r3)))
                        .param("status", "COMPLETED").param("narrative", "All done").with(csrf()).with(lead))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions/{id}", r3).with(inspector))
                .andExpect(content().string(containsString("govuk-tag--orange\">Awaiting assessment")))
                .andExpect(content().string(containsString("Record an assessment")));
        sql.reset();
        mvc.perform(get("/actions/awaiting-assessment").with(inspector))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(R3)));
        assertThat(sql.count()).isEqualTo(1);

        mvc.perform(post("/actions/{id}/assessment", r3).param("version", String.valueOf(ProgressTestData.version(jdbc, r3)))
                        .param("outcome", "MET").with(csrf()).with(inspector))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions/awaiting-assessment").with(inspector))
                .andExpect(content().string(not(containsString(R3))));
        mvc.perform(get("/actions/{id}", r3).with(inspector))
                .andExpect(content().string(not(containsString("govuk-tag--orange\">Awaiting assessment"))))
                .andExpect(content().string(not(containsString("govuk-tag--red\">Overdue"))));
        // met closes it: no longer on the lead's open actions
        mvc.perform(get("/my-actions").with(lead)).andExpect(content().string(not(containsString(R3 + "<"))));
    }

    @Test
    @WithUserDetails("inspector")
    void anUnknownActionIsNotFound() throws Exception {
        mvc.perform(get("/actions/{id}", 999_999)).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/{id}", 999_999)).andExpect(status().isNotFound());
        mvc.perform(post("/actions/{id}/assessment", 999_999).param("version", "0").param("outcome", "MET").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("inspector")
    void aDueDateThatIsNotRealIsShownAgainstAllThreeBoxesWithWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/actions/{id}/due-date", r3).param("version", String.valueOf(ProgressTestData.version(jdbc, r3)))
                        .param("dueOnDay", "31").param("dueOnMonth", "2").param("dueOnYear", "2026").param("reason", "Agreed at review").with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(html).contains("<title>Error: Change the due date",
                "<a href=\"#dueOnDay\">Due date must be a real date</a>",
                "aria-describedby=\"dueOn-hint dueOn-error\"",
                "id=\"dueOn-error\"><span class=\"govuk-visually-hidden\">Error:</span> Due date must be a real date</p>",
                "govuk-input--width-2 govuk-input--error\" id=\"dueOnDay\" name=\"dueOnDay\" type=\"text\" inputmode=\"numeric\" value=\"31\"",
                "govuk-input--width-2 govuk-input--error\" id=\"dueOnMonth\" name=\"dueOnMonth\" type=\"text\" inputmode=\"numeric\" value=\"2\"",
                "govuk-input--width-4 govuk-input--error\" id=\"dueOnYear\" name=\"dueOnYear\" type=\"text\" inputmode=\"numeric\" value=\"2026\"",
                ">Agreed at review</textarea>");
    }
}
