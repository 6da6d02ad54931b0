package uk.gov.hmicfrs.findings.export;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grade summary and its charts in a real browser under the Content-Security-Policy, and the
 * Swagger UI, which must run from script files only. Screenshots go to target/screenshots.
 */
class GradesBrowserIT extends BrowserTest {

    @Test
    void theGradeSummaryShowsTheMatrixAndStyledChartsWithTheirDataTables() throws Exception {
        signIn("analyst");
        open("/grades");
        assertThat(heading()).isEqualTo("Grade summary");
        assertThat(find("#grade-matrix").getText()).contains("West Mercia Police").contains("Inadequate");
        assertThat(findAll("svg.app-chart")).hasSize(4);
        // app.css reached the SVG text: the chart labels use the GOV.UK font, not the browser's default
        String font = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('svg.app-chart text')).fontFamily");
        assertThat(font).contains("GDS Transport");
        // GOV.UK Frontend's JavaScript runs (no inline script): the details toggles open
        find("#pursue-share details summary").click();
        assertThat(find("#pursue-share details table").isDisplayed()).isTrue();
        assertThat(find("#pursue-share details table").getText()).contains("85%").contains("52%");
        assertNoAxeViolations();
        screenshot("grades");

        clickAndWaitForNewPage(find("#grade-matrix a[href='/grades/organisations/west-mercia-police']"));
        assertThat(heading()).isEqualTo("West Mercia Police: grade history");
        assertNoAxeViolations();

        open("/exports");
        assertThat(heading()).isEqualTo("Downloads");
        assertNoAxeViolations();
        open("/account/tokens");
        find("#name").sendKeys("Browser test");
        clickAndWaitForNewPage(find("main form button[type=submit]"));
        assertThat(find("#new-token").getText()).startsWith("ft_");
        assertNoAxeViolations();
        screenshot("tokens");
    }

    @Test
    void swaggerUiRunsUnderTheContentSecurityPolicy() throws Exception {
        signIn("analyst");
        open("/swagger-ui.html");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "Findings Tracker API"));
        assertThat(driver.getPageSource()).contains("/api/v1/findings");
        screenshot("swagger-ui");
    }
}
