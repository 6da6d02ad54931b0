package uk.gov.hmicfrs.findings.reportimport;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an inspector imports a second, small report from JSON through the page,
 * sees its findings on the organisation page and in search, links one finding as a repeat of a 2024
 * one, and the West Midlands theme heat map shows 4P plans across the region.
 */
class AuthoringJourneyBrowserIT extends BrowserTest {

    static final Path REVISIT = Path.of("docs/examples/west-mercia-soc-revisit-2025.json").toAbsolutePath();
    static final String SLUG = "west-mercia-soc-revisit-2025-example";

    @Autowired
    JdbcClient jdbc;

    @Test
    void inspectorImportsAReportLinksARepeatAndSeesFourPPlansAcrossTheRegion() {
        signIn("inspector");
        open("/inspections/import");
        assertThat(heading()).isEqualTo("Import a report");
        assertNoAxeViolations();

        // a file with problems first: every problem is listed and nothing is imported
        find("#file").sendKeys(Path.of("docs/import-format.schema.json").toAbsolutePath().toString());
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Import a report");
        assertThat(find(".govuk-error-summary").getText()).contains("inspection: required");
        assertNoAxeViolations();

        find("#file").sendKeys(REVISIT.toString());
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/inspections/" + SLUG + "/manage");
        assertThat(find(".govuk-notification-banner--success").getText())
                .contains("1 judgements, 3 findings, 1 recommendations, 1 key figures imported");
        assertThat(find("#findings").getText()).contains("WMERC-SOC-2025-WMERC-AFI-1", "WMERC-SOC-2025-WMERC-OBS-1");
        assertNoAxeViolations();

        // its findings are on the organisation page and in search
        open("/organisations/west-mercia-police");
        assertThat(find("main").getText()).contains("West Mercia Police should make sure its 4P plans are quality assured");
        open("/search?q=quality+assured");
        assertThat(find("main").getText()).contains("West Mercia Police should make sure its 4P plans are quality assured");

        // link the 2025 cause of concern as a repeat of the 2024 one (which repeats 2017's)
        open("/findings/WMERC-SOC-2025-WMERC-COC-1/repeat");
        // a reference that does not exist first: the message is by the field, which keeps what was typed
        find("#repeatsReference").sendKeys("WM-SOC-2024-NOPE");
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(find("#repeatsReference-error").getText()).contains("Enter the reference of an existing finding");
        assertThat(find("#repeatsReference").getAttribute("aria-describedby")).isEqualTo("repeatsReference-hint repeatsReference-error");
        assertThat(find("#repeatsReference").getAttribute("value")).isEqualTo("WM-SOC-2024-NOPE");
        assertNoAxeViolations();
        find("#repeatsReference").clear();
        find("#repeatsReference").sendKeys("WM-SOC-2024-WMERC-COC-1");
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(find(".govuk-notification-banner--success").getText())
                .contains("WMERC-SOC-2025-WMERC-COC-1 now repeats WM-SOC-2024-WMERC-COC-1");
        open("/findings/WMERC-SOC-2025-WMERC-COC-1");
        WebElement recurrence = find("#recurrence");
        assertThat(recurrence.getText()).contains("Repeated from An inspection of the West Midlands regional response",
                "This problem has lasted 3 inspections", "WMERC-SOC-2017-WMERC-COC-1");
        assertNoAxeViolations();

        // the heat map: 4P plans in every body of the region, West Mercia's count up by the imported one
        open("/themes/regions/west-midlands");
        WebElement row = find("#theme-4p-plans");
        assertThat(row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList())
                .containsExactly("1", "1", "2", "3", "2", "2", "5 of 5");
        assertThat(find("#heat-map caption").getText()).contains("West Midlands");
        assertNoAxeViolations();
        screenshot("/tmp/authoring-heat-map.png");
        usePhoneViewport();
        assertNoAxeViolations();
    }

    /** Browser tests share one database and commit: take the imported report away again. */
    @AfterEach
    void removeTheImportedReport() {
        String findings = "select f.id from finding f join inspection i on i.id = f.inspection_id where i.slug = '" + SLUG + "'";
        String recommendations = "select r.id from recommendation r where r.finding_id in (" + findings + ")";
        for (String sql : new String[] {
                "delete from action where recommendation_id in (" + recommendations + ") or finding_id in (" + findings + ")",
                "delete from recommendation_theme where recommendation_id in (" + recommendations + ")",
                "delete from recommendation where finding_id in (" + findings + ")",
                "delete from finding_theme where finding_id in (" + findings + ")",
                "delete from key_figure where inspection_id in (select id from inspection where slug = '" + SLUG + "')",
                "delete from finding where inspection_id in (select id from inspection where slug = '" + SLUG + "')",
                "delete from judgement where inspection_id in (select id from inspection where slug = '" + SLUG + "')",
                "delete from report_import where inspection_id in (select id from inspection where slug = '" + SLUG + "')",
                "delete from inspection where slug = '" + SLUG + "'"}) {
            jdbc.sql(sql).update();
        }
    }
}
