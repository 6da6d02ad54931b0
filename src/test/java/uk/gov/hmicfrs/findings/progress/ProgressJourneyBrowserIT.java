package uk.gov.hmicfrs.findings.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hmicfrs.findings.progress.ProgressTestData.R3;

/**
 * Issue 4's "done when": a force lead reports progress with a PDF, another force's lead cannot
 * change it even by a hand-made request, an inspector assesses it, and an admin sees it all in
 * the audit log. axe-core checks each page on the way.
 */
class ProgressJourneyBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadReportsProgressAnotherForceCannotChangeItAnInspectorAssessesItAndTheAuditLogShowsIt() throws Exception {
        long action = ProgressTestData.actionId(jdbc, R3);

        // West Mercia's lead finds recommendation 3 among their actions
        signIn("lead.westmercia");
        assertThat(driver.manage().getCookieNamed("SESSION").isHttpOnly()).as("session cookie is HttpOnly").isTrue();
        open("/findings/WM-SOC-2024-WMERC-COC-1");
        assertThat(driver.getPageSource()).contains(R3);
        open("/my-actions");
        assertThat(heading()).isEqualTo("My actions");
        assertNoAxeViolations();
        clickAndWaitForNewPage(driver.findElement(By.linkText(R3)));
        assertThat(heading()).isEqualTo(R3);
        assertThat(find("#force-status").getText()).contains("Not started");
        assertNoAxeViolations();

        // ...and marks it in progress with a narrative and a PDF
        clickAndWaitForNewPage(find("#add-progress"));
        assertThat(heading()).isEqualTo("Add a progress update");
        assertNoAxeViolations();
        Path pdf = Files.createTempFile("soc-plan-", ".pdf");
        Files.write(pdf, ProgressTestData.pdf());
        find("#status-IN_PROGRESS").click();
        find("#narrative").sendKeys("Analytical capability review commissioned; plan agreed at the SOC board.");
        find("#files").sendKeys(pdf.toAbsolutePath().toString());
        clickAndWaitForNewPage(find("main form button[type=submit]"));

        assertThat(heading()).isEqualTo(R3);
        assertThat(find(".govuk-notification-banner--success").getText()).contains("Your progress update has been added");
        assertThat(find("#force-status").getText()).contains("In progress");
        assertThat(find("#timeline").getText()).contains("Analytical capability review commissioned")
                .contains(pdf.getFileName().toString());
        assertNoAxeViolations();
        screenshot("/tmp/progress-action-page.png");
        Files.deleteIfExists(pdf);

        open("/my-actions");
        String row = driver.findElement(By.xpath("//a[text()='" + R3 + "']/ancestor::tr")).getText();
        assertThat(row).contains("In progress");

        // Warwickshire's lead sees no way to change it, and a hand-made request is refused
        driver.manage().deleteAllCookies();
        signIn("lead.warwickshire");
        open("/actions/" + action);
        assertThat(findAll("#add-progress")).isEmpty();
        open("/actions/" + action + "/progress");
        assertThat(heading()).isEqualTo("You do not have permission to do this");

        String before = state(action);
        open("/actions/" + action);
        String token = find("form.app-sign-out input[name=_csrf]").getAttribute("value");
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new FormData();
                body.append('_csrf', arguments[0]);
                body.append('version', arguments[1]);
                body.append('status', 'COMPLETED');
                body.append('narrative', 'Warwickshire marking West Mercia complete');
                fetch(arguments[2], {method: 'POST', body: body, redirect: 'manual'}).then(r => done(r.status));
                """, token, String.valueOf(ProgressTestData.version(jdbc, action)), "/actions/" + action + "/progress");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(state(action)).isEqualTo(before);

        // the inspector records "partially met"
        driver.manage().deleteAllCookies();
        signIn("inspector");
        open("/actions/" + action);
        clickAndWaitForNewPage(find("#record-assessment"));
        assertThat(heading()).isEqualTo("Record an assessment");
        assertNoAxeViolations();
        // nothing chosen: the error summary links to the first radio, and the page with its errors passes axe too
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Record an assessment");
        assertThat(find(".govuk-error-summary a[href='#outcome']").getText()).isEqualTo("Select an assessment");
        assertNoAxeViolations();
        find("#outcome-PARTIALLY_MET").click();
        find("#note").sendKeys("Capability review under way; analysts not yet in post.");
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(find("#assessment").getText()).contains("Partially met");
        assertThat(find("#timeline").getText()).contains("Assessment").contains("Capability review under way");

        // a due date that is not real marks all three boxes, keeps what was typed and passes axe
        open("/actions/" + action + "/due-date");
        find("#dueOnDay").sendKeys("31");
        find("#dueOnMonth").sendKeys("2");
        find("#dueOnYear").sendKeys("2026");
        find("#reason").sendKeys("Agreed at review");
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(find(".govuk-error-summary a[href='#dueOnDay']").getText()).isEqualTo("Due date must be a real date");
        assertThat(driver.findElements(By.cssSelector("#dueOn .govuk-input--error"))).hasSize(3);
        assertThat(find("#dueOnMonth").getAttribute("value")).isEqualTo("2");
        assertNoAxeViolations();

        // the admin sees all three in the audit log
        driver.manage().deleteAllCookies();
        signIn("admin");
        open("/admin/audit?entityType=ACTION");
        assertThat(heading()).isEqualTo("Audit log");
        String log = find("#audit-events").getText();
        assertThat(log).contains("lead.westmercia").contains("PROGRESS_UPDATE_ADDED")
                .contains("lead.warwickshire").contains("WRITE_REFUSED")
                .contains("inspector").contains("ASSESSMENT_RECORDED");
        assertNoAxeViolations();
        screenshot("/tmp/progress-audit-log.png");
    }

    /** Everything about the action that a write would change. */
    private String state(long action) {
        Map<String, Object> row = jdbc.queryForMap("""
                select a.version, a.force_status, a.assessment,
                       (select count(*) from progress_update p where p.action_id = a.id) as updates,
                       (select count(*) from evidence) as evidence
                from action a where a.id = ?""", action);
        return row.toString();
    }
}
