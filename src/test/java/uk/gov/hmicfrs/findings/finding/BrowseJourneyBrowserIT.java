package uk.gov.hmicfrs.findings.finding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class BrowseJourneyBrowserIT extends BrowserTest {

    @Test
    void anInspectorOpensWestMerciaItsCauseOfConcernAndReadsItsNineRecommendations() {
        signIn("inspector");

        clickAndWaitForNewPage(driver.findElement(By.linkText("West Mercia Police")));
        assertThat(heading()).isEqualTo("West Mercia Police");
        assertThat(driver.getTitle()).startsWith("West Mercia Police –");
        assertThat(find("#grades").getText()).contains("Inadequate");
        assertThat(find(".govuk-breadcrumbs").getText()).contains("Home").contains("West Midlands");

        clickAndWaitForNewPage(find("a[href='/findings/WM-SOC-2024-WMERC-COC-1']"));
        assertThat(heading()).startsWith("West Mercia Police needs to improve how it works with its serious and organised crime partners");
        assertThat(driver.getTitle()).endsWith("West Mercia Police – Findings Tracker – HMICFRS");
        assertThat(find("#finding-details").getText()).contains("Cause of concern").contains("Summary")
                .contains("WM-SOC-2024-WMERC-COC-1");

        List<WebElement> recommendations = findAll("table.app-recommendations tbody tr");
        assertThat(recommendations).hasSize(9);
        for (int i = 0; i < 9; i++) {
            String row = recommendations.get(i).getText();
            assertThat(row).contains("WM-SOC-2024-WMERC-COC-1-R" + (i + 1)).contains("1 January 2025").contains("Overdue");
        }
        assertThat(recommendations.get(0).getText()).contains("improve how it works with partners to tackle SOC");
        assertThat(recommendations.get(8).getText()).contains("review its SOC delivery plan");

        // the breadcrumb leads back to the force
        clickAndWaitForNewPage(find(".govuk-breadcrumbs a[href='/organisations/west-mercia-police']"));
        assertThat(heading()).isEqualTo("West Mercia Police");
    }

    @Test
    void findingsLinkToTheirNeighboursInReportOrder() {
        signIn("inspector");
        open("/findings/WM-SOC-2024-STAFFS-OBS-1");
        assertThat(findAll(".app-finding-text ol li")).hasSize(4);
        String title = heading();
        clickAndWaitForNewPage(find("a[rel='next']"));
        assertThat(heading()).isNotEqualTo(title);
        clickAndWaitForNewPage(find("a[rel='prev']"));
        assertThat(heading()).isEqualTo(title);
    }
}
