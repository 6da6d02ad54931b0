package uk.gov.hmicfrs.findings.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> resultReferences() {
        List<String> references = new ArrayList<>();
        for (WebElement link : findAll("#results h3 a")) {
            String href = link.getAttribute("href");
            references.add(href.substring(href.lastIndexOf('/') + 1));
        }
        return references;
    }

    @Test
    void searchAPhrasePageThroughNarrowByTypeAndOrganisationAndOpenAResult() {
        Set<String> expected = new HashSet<>(jdbc.queryForList("""
                select reference from finding
                where not withdrawn and (title ilike '%4P plan%' or body ilike '%4P plan%')
                """, String.class));
        signIn("inspector");

        // the header search box on every page
        WebElement box = find("#header-search");
        box.sendKeys("4P plans");
        WebElement homePage = driver.findElement(By.tagName("html"));
        box.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(homePage));
        assertThat(driver.getCurrentUrl()).contains("/search?q=4P+plans");
        assertThat(driver.getTitle()).startsWith("Search results for ‘4P plans’");
        assertThat(find("#search-results").getText()).matches("\\d+ findings match ‘4P plans’");
        assertThat(findAll("#results mark")).isNotEmpty();
        assertThat(find("#results mark").getText()).isIn("4P", "plans", "plan");

        // page through every page of results: together they hold every finding about 4P plans
        Set<String> seen = new HashSet<>(resultReferences());
        int pages = 1;
        while (!findAll(".govuk-pagination__next a").isEmpty()) {
            clickAndWaitForNewPage(find(".govuk-pagination__next a"));
            pages++;
            assertThat(find(".govuk-pagination a[aria-current='page']").getText()).isEqualTo(String.valueOf(pages));
            seen.addAll(resultReferences());
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).containsAll(expected);
        clickAndWaitForNewPage(find(".govuk-pagination__prev a"));
        assertThat(find(".govuk-pagination a[aria-current='page']").getText()).isEqualTo(String.valueOf(pages - 1));

        // narrow by type and organisation
        find("label[for='type']").click(); // Area for improvement, the first type
        new Select(find("#organisation")).selectByValue("west-midlands-police");
        clickAndWaitForNewPage(find("#apply-filters"));
        assertThat(driver.getCurrentUrl()).contains("type=AREA_FOR_IMPROVEMENT").contains("organisation=west-midlands-police")
                .contains("q=4P+plans").doesNotContain("page=");
        assertThat(find("#type").isSelected()).isTrue();
        assertThat(new Select(find("#organisation")).getFirstSelectedOption().getText()).startsWith("West Midlands Police (");
        List<String> narrowed = resultReferences();
        assertThat(narrowed).containsExactly("WM-SOC-2024-WMP-AFI-3");

        // open the result
        clickAndWaitForNewPage(find("#results h3 a"));
        assertThat(heading()).isEqualTo("West Midlands Police should improve the quality and consistency of its 4P plans");
        assertThat(find("#finding-details").getText()).contains("Area for improvement").contains("West Midlands Police");
    }

    @Test
    void theSearchFormWorksWithTheKeyboardAlone() {
        signIn("inspector");
        open("/search");
        List<String> order = new ArrayList<>();
        WebElement body = find("body");
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 80 && !"apply-filters".equals(activeId()); i++) {
            order.add(activeId());
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        order.add(activeId());
        assertThat(order).containsSubsequence("q", "search-button", "type", "type-2", "type-3", "type-4", "type-5",
                "section", "inspection", "region", "organisation", "theme", "status", "apply-filters");

        // back to the query with Shift+Tab, type, and submit with Enter
        while (!"q".equals(activeId())) {
            driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        driver.switchTo().activeElement().sendKeys("4P plans");
        // tab on to the first type checkbox and tick it with the space bar
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(activeId()).isEqualTo("type");
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        // back to the query and submit with Enter
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(activeId()).isEqualTo("q");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(driver.getCurrentUrl()).contains("q=4P+plans").contains("type=AREA_FOR_IMPROVEMENT");
        assertThat(find("#search-results").getText()).endsWith("match ‘4P plans’");
        assertThat(findAll("#results .govuk-tag")).isNotEmpty()
                .allSatisfy(tag -> assertThat(tag.getText()).isEqualToIgnoringCase("Area for improvement"));
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    @Test
    void anErrorMessageLinksToTheFieldItIsAbout() {
        signIn("inspector");
        open("/search?q=plans&organisation=nobody");
        assertThat(driver.getTitle()).startsWith("Error: ");
        driver.findElement(By.linkText("Select an organisation from the list")).click();
        assertThat(activeId()).isEqualTo("organisation");
    }
}
