package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.FindingForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.finding.FindingRepository;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AuthoringTest {

    static final String WM = "/inspections/west-midlands-soc-2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    AuthoringService authoring;

    @Autowired
    FindingRepository findings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    long id(String table, String column, String value) {
        return jdbc.sql("select id from " + table + " where " + column + " = :v").param("v", value).query(Long.class).single();
    }

    long count(String sqlText) {
        return jdbc.sql(sqlText).query(Long.class).single();
    }

    MockHttpServletRequestBuilder newWarwickshireFinding() {
        return post(WM + "/findings/new").with(csrf())
                .param("section", "TACKLING").param("type", "AREA_FOR_IMPROVEMENT")
                .param("organisationId", String.valueOf(id("organisation", "code", "WARKS")))
                .param("title", "Warwickshire Police should train its lead responsible officers")
                .param("body", "First paragraph.\n\nThe force should:\n\n  • train officers;\n  • review plans.")
                .param("themeIds", String.valueOf(id("theme", "slug", "lro-training")))
                .param("themeIds", String.valueOf(id("theme", "slug", "4p-plans")))
                .param("action", "save");
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void addsAFindingWithTheNextFreeReferenceItsThemesAndAnActionThenRedirects() throws Exception {
        mvc.perform(newWarwickshireFinding())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(WM + "/manage"))
                .andExpect(flash().attribute("success", "Finding WM-SOC-2024-WARKS-AFI-5 added"));
        long findingId = id("finding", "reference", "WM-SOC-2024-WARKS-AFI-5");
        assertThat(jdbc.sql("select t.slug from finding_theme ft join theme t on t.id = ft.theme_id where ft.finding_id = :f order by 1")
                .param("f", findingId).query(String.class).list()).containsExactly("4p-plans", "lro-training");
        assertThat(jdbc.sql("select o.code from action a join organisation o on o.id = a.organisation_id where a.finding_id = :f")
                .param("f", findingId).query(String.class).single()).isEqualTo("WARKS");
        assertThat(jdbc.sql("select body from finding where id = :f").param("f", findingId).query(String.class).single())
                .isEqualTo("First paragraph.\n\nThe force should:\n\n  • train officers;\n  • review plans.");
        // the audit log has it, written in the same transaction
        assertThat(jdbc.sql("""
                select actor_username || ' ' || action from audit_event
                where entity_type = 'FINDING' and entity_id = 'WM-SOC-2024-WARKS-AFI-5'""").query(String.class).list())
                .containsExactly("inspector CREATED");
        // the banner after the redirect is checked in AuthoringJourneyBrowserIT, through a real session
        mvc.perform(get(WM + "/manage"))
                .andExpect(content().string(containsString("WM-SOC-2024-WARKS-AFI-5")));
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void aRegionalAreaForImprovementIsOwnedByTheRegionsRocu() throws Exception {
        mvc.perform(post(WM + "/findings/new").with(csrf()).param("section", "REGIONAL").param("type", "AREA_FOR_IMPROVEMENT")
                        .param("organisationId", "").param("title", "The region should share learning").param("body", "Text."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Finding WM-SOC-2024-REGIONAL-AFI-2 added"));
        assertThat(jdbc.sql("""
                select o.code from action a join organisation o on o.id = a.organisation_id
                join finding f on f.id = a.finding_id where f.reference = 'WM-SOC-2024-REGIONAL-AFI-2'""")
                .query(String.class).single()).isEqualTo("ROCUWM");
    }

    @Test
    @WithUserDetails("inspector")
    void aFieldWithAnErrorIsDescribedByItsHintAndItsMessageAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post(WM + "/findings/new").with(csrf()).param("section", "TACKLING").param("type", "OBSERVATION")
                        .param("title", "Kept title").param("body", "").param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<a href=\"#body\">Enter the text of the finding</a>")))
                .andExpect(content().string(containsString("id=\"body-hint\"")))
                .andExpect(content().string(containsString("id=\"body-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"body-hint body-error\"")))
                .andExpect(content().string(containsString("class=\"govuk-form-group govuk-form-group--error\"")))
                .andExpect(content().string(containsString("id=\"title\" name=\"title\" type=\"text\" value=\"Kept title\"")));
    }

    @Test
    @WithUserDetails("inspector")
    void missingFieldsGiveAnErrorSummaryLinkedToTheFields() throws Exception {
        long before = count("select count(*) from finding");
        mvc.perform(post(WM + "/findings/new").with(csrf()).param("section", "TACKLING").param("type", "OBSERVATION")
                        .param("title", "").param("body", "").param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add a finding")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("<a href=\"#title\">Enter a title</a>")))
                .andExpect(content().string(containsString("<a href=\"#body\">Enter the text of the finding</a>")))
                .andExpect(content().string(containsString("id=\"title-error\"")));
        assertThat(count("select count(*) from finding")).isEqualTo(before);
    }

    @Test
    @WithUserDetails("inspector")
    void theErrorSummaryListsErrorsInPageOrderWithTheMissingMessageFirst() throws Exception {
        // a title of spaces longer than the limit breaks two rules: "missing" is the one to fix first
        String page = mvc.perform(post("/inspections/new").with(csrf()).param("title", " ".repeat(301))
                        .param("slug", "Bad Slug").param("referencePrefix", "").param("kind", "").param("source", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("govuk-error-summary__list"), page.indexOf("</ul>", page.indexOf("govuk-error-summary__list")));
        assertThat(summary).containsSubsequence("<a href=\"#title\">Enter a title</a>",
                "<a href=\"#slug\">Slug must only include", "<a href=\"#referencePrefix\">Enter a reference prefix</a>",
                "<a href=\"#publishedOnDay\">", "<a href=\"#kind\">Select the kind of inspection</a>",
                "<a href=\"#source\">Enter the source of the report</a>");
        assertThat(summary).doesNotContain("Title must be 300 characters or fewer");
    }

    @Test
    @WithUserDetails("inspector")
    void previewShowsTheTextAsItWillShowWithoutSaving() throws Exception {
        long before = count("select count(*) from finding");
        mvc.perform(post(WM + "/findings/new").with(csrf()).param("section", "TACKLING").param("type", "OBSERVATION")
                        .param("title", "A title").param("body", "Opening paragraph.\n\n  • first item;\n  • second item.")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preview")))
                .andExpect(content().string(stringContainsInOrder("<p class=\"govuk-body\">Opening paragraph.</p>",
                        "govuk-list--bullet", "<li>first item;</li>", "<li>second item.</li>")))
                .andExpect(content().string(not(containsString("<title>Error:"))));
        assertThat(count("select count(*) from finding")).isEqualTo(before);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void editingKeepsTheReferenceAndAStaleFormIsRefusedWithConflict() throws Exception {
        String reference = "WM-SOC-2024-WARKS-AFI-1";
        mvc.perform(get("/findings/" + reference + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Warwickshire Police should develop an up-to-date serious and organised crime local profile")));
        mvc.perform(post("/findings/" + reference + "/edit").with(csrf()).param("section", "UNDERSTANDING")
                        .param("type", "AREA_FOR_IMPROVEMENT").param("organisationId", String.valueOf(id("organisation", "code", "WARKS")))
                        .param("title", "A new title").param("body", "New text.").param("version", "0")
                        .param("themeIds", String.valueOf(id("theme", "slug", "local-profiles"))).param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Finding " + reference + " updated"));
        assertThat(jdbc.sql("select title || '|' || version from finding where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("A new title|1");
        // the same form again carries version 0: someone else's change would be overwritten
        mvc.perform(post("/findings/" + reference + "/edit").with(csrf()).param("section", "UNDERSTANDING")
                        .param("type", "AREA_FOR_IMPROVEMENT").param("title", "Lost update").param("body", "x")
                        .param("version", "0").param("action", "save"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select title from finding where reference = :r").param("r", reference).query(String.class).single())
                .isEqualTo("A new title");
    }

    /**
     * The form's version matched when the save began, but another save committed before this one wrote:
     * the version column refuses the write, and it is the same stale edit as a stale form.
     */
    @Test
    @WithUserDetails("inspector")
    void aSaveOvertakenBetweenItsVersionCheckAndItsWriteIsAStaleEditToo() {
        String reference = "WM-SOC-2024-WMP-OBS-7";
        FindingView before = authoring.finding(reference);
        FindingForm form = new FindingForm();
        form.section = before.section();
        form.type = before.type();
        form.organisationId = before.organisationId();
        form.title = "Lost update";
        form.body = before.body();
        form.version = before.version();
        TransactionTemplate concurrently = new TransactionTemplate(transactions.getTransactionManager());
        concurrently.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                // this save has read the finding at the form's version...
                findings.findByReference(reference).orElseThrow();
                // ...when another save of it commits
                concurrently.executeWithoutResult(other -> jdbc.sql("update finding set version = version + 1 where reference = :r")
                        .param("r", reference).update());
                authoring.updateFinding((CurrentUser) users.loadUserByUsername("inspector"), reference, form);
            })).isInstanceOf(StaleEditException.class);
            assertThat(jdbc.sql("select title from finding where reference = :r").param("r", reference).query(String.class).single())
                    .isEqualTo(before.title());
        } finally {
            jdbc.sql("update finding set version = :v where reference = :r").param("v", before.version()).param("r", reference)
                    .update();
        }
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void withdrawingKeepsTheFindingVisibleMarkedWithdrawn() throws Exception {
        mvc.perform(post("/findings/WM-SOC-2024-WMP-OBS-4/withdraw").with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Finding WM-SOC-2024-WMP-OBS-4 withdrawn"));
        assertThat(jdbc.sql("select withdrawn from finding where reference = 'WM-SOC-2024-WMP-OBS-4'").query(Boolean.class).single()).isTrue();
        mvc.perform(get(WM + "/manage"))
                .andExpect(content().string(stringContainsInOrder("WM-SOC-2024-WMP-OBS-4", "Withdrawn", "The force is tackling county lines effectively")));
        mvc.perform(post("/findings/WM-SOC-2024-WMP-OBS-4/withdraw").with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("inspector")
    void dueDatesAreCheckedWithGovukWording() throws Exception {
        String url = "/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new";
        long wmerc = id("organisation", "code", "WMERC");
        mvc.perform(post(url).with(csrf()).param("organisationId", String.valueOf(wmerc)).param("leadIn", "By then:")
                        .param("text", "do it").param("dueOnDay", "1").param("dueOnYear", "2026").param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add a recommendation")))
                .andExpect(content().string(containsString("<a href=\"#dueOnMonth\">Due date must include a month</a>")));
        mvc.perform(post(url).with(csrf()).param("organisationId", String.valueOf(wmerc)).param("leadIn", "By then:")
                        .param("text", "do it").param("dueOnDay", "31").param("dueOnMonth", "2").param("dueOnYear", "2026")
                        .param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<a href=\"#dueOnDay\">Due date must be a real date</a>")));
        mvc.perform(post(url).with(csrf()).param("organisationId", String.valueOf(wmerc)).param("leadIn", "")
                        .param("text", "").param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the lead-in")))
                .andExpect(content().string(containsString("Enter the recommendation")));
        assertThat(count("select count(*) from recommendation")).isEqualTo(9);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void aRecommendationGetsTheNextReferenceAndAnActionWithItsDueDate() throws Exception {
        long wmerc = id("organisation", "code", "WMERC");
        mvc.perform(post("/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new").with(csrf())
                        .param("organisationId", String.valueOf(wmerc)).param("leadIn", "By 1 April 2026, West Mercia Police should:")
                        .param("text", "publish its SOC local profiles.").param("dueOnDay", "1").param("dueOnMonth", "4")
                        .param("dueOnYear", "2026").param("themeIds", String.valueOf(id("theme", "slug", "local-profiles")))
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Recommendation WM-SOC-2024-WMERC-COC-1-R10 added"));
        long recommendationId = id("recommendation", "reference", "WM-SOC-2024-WMERC-COC-1-R10");
        assertThat(jdbc.sql("select original_due_on from action where recommendation_id = :r").param("r", recommendationId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(count("select count(*) from recommendation_theme where recommendation_id = " + recommendationId)).isEqualTo(1);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void createsAnInspectionAndAJudgement() throws Exception {
        mvc.perform(post("/inspections/new").with(csrf()).param("title", "").param("slug", "Bad Slug")
                        .param("referencePrefix", "WM-SOC-2024").param("publishedOnDay", "1").param("kind", "PEEL")
                        .param("source", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Create an inspection")))
                .andExpect(content().string(containsString("<a href=\"#title\">Enter a title</a>")))
                .andExpect(content().string(containsString("Slug must only include lower case letters, numbers and hyphens")))
                .andExpect(content().string(containsString("Publication date must include a month and year")));
        mvc.perform(post("/inspections/new").with(csrf()).param("title", "West Mercia PEEL 2026").param("slug", "west-mercia-peel-2026")
                        .param("referencePrefix", "WM-SOC-2024").param("publishedOnDay", "2").param("publishedOnMonth", "3")
                        .param("publishedOnYear", "2026").param("kind", "PEEL").param("regionSlug", "west-midlands").param("source", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("An inspection with this reference prefix already exists")));
        mvc.perform(post("/inspections/new").with(csrf()).param("title", "West Mercia PEEL 2026").param("slug", "west-mercia-peel-2026")
                        .param("referencePrefix", "WMERC-PEEL-2026").param("publishedOnDay", "2").param("publishedOnMonth", "3")
                        .param("publishedOnYear", "2026").param("kind", "PEEL").param("regionSlug", "west-midlands").param("source", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inspections/west-mercia-peel-2026/manage"));
        mvc.perform(post("/inspections/west-mercia-peel-2026/judgements/new").with(csrf())
                        .param("organisationId", String.valueOf(id("organisation", "code", "WMERC"))).param("grade", "ADEQUATE")
                        .param("sentence", "West Mercia Police is adequate."))
                .andExpect(status().is3xxRedirection());
        sql.reset();
        mvc.perform(get("/inspections/west-mercia-peel-2026/manage"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("West Mercia Police", "Adequate")));
        assertThat(sql.count()).isEqualTo(4);
    }

    @Test
    @WithUserDetails("inspector")
    void manageListsTheWholeReportInAFixedNumberOfStatements() throws Exception {
        sql.reset();
        mvc.perform(get(WM + "/manage"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("WM-SOC-2024-REGIONAL-AFI-1", "WM-SOC-2024-WMERC-COC-1",
                        "WM-SOC-2024-WMERC-COC-1-R9", "WM-SOC-2024-WMP-OBS-7")));
        assertThat(sql.count()).isEqualTo(4);
    }

    @Test
    @WithUserDetails("inspector")
    void inspectorsSeeLinksToAuthorFromTheReportPages() throws Exception {
        mvc.perform(get(WM)).andExpect(content().string(containsString("href=\"/inspections/west-midlands-soc-2024/manage\"")));
        mvc.perform(get("/findings/WM-SOC-2024-WMP-AFI-1"))
                .andExpect(content().string(containsString("href=\"/findings/WM-SOC-2024-WMP-AFI-1/edit\"")));
    }

    @Test
    @WithUserDetails("analyst")
    void analystsSeeNoAuthoringLinks() throws Exception {
        mvc.perform(get(WM)).andExpect(content().string(not(containsString("/manage\""))));
        mvc.perform(get("/findings/WM-SOC-2024-WMP-AFI-1")).andExpect(content().string(not(containsString("/edit\""))));
    }

    @Test
    @WithUserDetails("analyst")
    void analystsCannotAuthor() throws Exception {
        assertRefused();
    }

    @Test
    @WithUserDetails("lead.warwickshire")
    void forceLeadsCannotAuthor() throws Exception {
        assertRefused();
    }

    private void assertRefused() throws Exception {
        long findings = count("select count(*) from finding");
        mvc.perform(newWarwickshireFinding()).andExpect(status().isForbidden());
        mvc.perform(get(WM + "/findings/new")).andExpect(status().isForbidden());
        mvc.perform(post("/findings/WM-SOC-2024-WARKS-AFI-1/withdraw").with(csrf()).param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/new").with(csrf()).param("title", "x").param("slug", "x").param("referencePrefix", "X")
                .param("publishedOnDay", "1").param("publishedOnMonth", "1").param("publishedOnYear", "2026")
                .param("kind", "PEEL").param("source", "x")).andExpect(status().isForbidden());
        assertThat(count("select count(*) from finding")).isEqualTo(findings);
        assertThat(count("select count(*) from finding where withdrawn")).isZero();
        assertThat(count("select count(*) from inspection where slug = 'x'")).isZero();
    }
}
