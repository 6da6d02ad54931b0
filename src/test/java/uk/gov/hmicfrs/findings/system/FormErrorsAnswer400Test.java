package uk.gov.hmicfrs.findings.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every HTML form shown again with errors answers 400, titles the page "Error: ", and its GOV.UK error summary links
 * the first problem to the id of the field to fix.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FormErrorsAnswer400Test {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    /** A bad submission, who makes it, and the summary's first link. */
    record BadForm(String name, String username, AbstractMockHttpServletRequestBuilder<?> request, String field, String message) {
    }

    @Test
    @Transactional
    void everyFormWithErrorsAnswers400WithTheSummaryLinkingToTheField() throws Exception {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        int actionVersion = ProgressTestData.version(jdbc, action);
        long analyst = jdbc.queryForObject("select id from app_user where username = 'analyst'", Long.class);
        int analystVersion = jdbc.queryForObject("select version from app_user where id = ?", Integer.class, analyst);
        int themeVersion = jdbc.queryForObject("select version from theme where slug = '4p-plans'", Integer.class);
        String wm = "/inspections/west-midlands-soc-2024";
        List<BadForm> forms = List.of(
                new BadForm("inspection", "inspector", post("/inspections/new").param("title", ""), "title", "Enter a title"),
                new BadForm("inspection edit", "inspector", post(wm + "/edit").param("title", "").param("version", "0"),
                        "title", "Enter a title"),
                new BadForm("judgement", "inspector", post(wm + "/judgements/new"), "organisationId", "Select the organisation"),
                new BadForm("finding", "inspector", post(wm + "/findings/new").param("action", "save"), "section", "Select the section"),
                new BadForm("recommendation", "inspector", post("/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new")
                        .param("action", "save"), "organisationId", "Select the organisation that must act"),
                new BadForm("repeat link", "inspector", post("/findings/WM-SOC-2024-WARKS-AFI-1/repeat")
                        .param("repeatsReference", "NOPE-1").param("version", "0"),
                        "repeatsReference", "Enter the reference of an existing finding"),
                new BadForm("theme", "admin", post("/admin/themes").param("name", " "), "name", "Enter a name"),
                new BadForm("theme edit", "admin", post("/admin/themes/4p-plans").param("name", "")
                        .param("version", String.valueOf(themeVersion)), "name", "Enter a name"),
                new BadForm("import", "inspector", multipart("/inspections/import"), "file", "Select a JSON file"),
                new BadForm("search", "analyst", get("/search").param("section", "APPENDIX"), "section",
                        "Select a report section from the list"),
                new BadForm("grades", "analyst", get("/grades").param("kind", "NONSENSE"), "kind",
                        "Select an inspection kind from the list"),
                new BadForm("audit", "admin", get("/admin/audit").param("entityType", "NOTHING"), "entityType",
                        "Select a type of record from the list"),
                new BadForm("new user", "admin", post("/admin/users").param("username", ""), "username", "Enter a username"),
                new BadForm("user edit", "admin", post("/admin/users/" + analyst).param("displayName", "")
                        .param("role", "ANALYST").param("version", String.valueOf(analystVersion)),
                        "displayName", "Enter the person’s name"),
                new BadForm("password reset", "admin", post("/admin/users/" + analyst + "/password").param("password", "short"),
                        "password", "Password must be 12 characters or more"),
                new BadForm("own password", "analyst", post("/account/password"), "currentPassword", "Enter your current password"),
                new BadForm("token", "analyst", post("/account/tokens").param("name", ""), "name", "Enter a name for the token"),
                new BadForm("progress update", "lead.westmercia", multipart("/actions/" + action + "/progress")
                        .param("version", String.valueOf(actionVersion)).param("narrative", ""),
                        "narrative", "Enter what has been done"),
                new BadForm("assessment", "inspector", post("/actions/" + action + "/assessment")
                        .param("version", String.valueOf(actionVersion)), "outcome", "Select an assessment"),
                new BadForm("due date", "inspector", post("/actions/" + action + "/due-date")
                        .param("version", String.valueOf(actionVersion)).param("reason", "Agreed"), "dueOnDay", "Enter the due date"));

        List<String> wrong = new ArrayList<>();
        for (BadForm form : forms) {
            // a token does a GET no harm
            MvcResult result = mvc.perform(form.request().with(user(userDetails.loadUserByUsername(form.username()))).with(csrf()))
                    .andReturn();
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            String link = "<a href=\"#" + form.field() + "\">" + form.message();
            if (result.getResponse().getStatus() != 400 || !html.contains("<title>Error: ") || !html.contains(link)
                    || !html.contains("id=\"" + form.field() + "\"")) {
                wrong.add(form.name() + ": " + result.getResponse().getStatus() + ", expected 400 with " + link);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
