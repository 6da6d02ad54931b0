package uk.gov.hmicfrs.findings.finding;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no WCAG 2.2 AA violation on any page type, on a desktop or on a phone. */
class AccessibilityBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    /** Checks a page on a desktop and on a phone, noting every problem so one run reports them all. */
    private void checkAtBothWidths(String path, String name) {
        open(path);
        check(() -> assertNoAxeViolations());
        screenshot(name + "-desktop");
        usePhoneViewport();
        check(() -> assertNoAxeViolations());
        screenshot(name + "-phone");
        // nothing wider than the phone's screen: no sideways scrolling of the whole page
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        check(() -> assertThat(((Number) overflow).intValue())
                .as("horizontal overflow of %s at phone width", path).isLessThanOrEqualTo(0));
        useDesktopViewport();
    }

    private void check(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    private void assertNoProblems() {
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void signInPage() {
        checkAtBothWidths("/login", "login");
        assertNoProblems();
    }

    @Test
    void everySignedInPageType() {
        signIn("inspector");
        checkAtBothWidths("/", "home");
        checkAtBothWidths("/regions/west-midlands", "region");
        checkAtBothWidths("/inspections/west-midlands-soc-2024", "inspection");
        checkAtBothWidths("/organisations/west-mercia-police", "organisation");
        checkAtBothWidths("/organisations/kent-police", "organisation-not-covered");
        checkAtBothWidths("/findings/WM-SOC-2024-WMERC-COC-1", "finding");
        checkAtBothWidths("/findings/WM-SOC-2024-STAFFS-OBS-1", "finding-with-list");
        checkAtBothWidths("/search?q=4P+plans", "search");
        checkAtBothWidths("/search?q=4P+plans&type=NONSENSE&page=abc", "search-error");
        checkAtBothWidths("/search?q=zzzzqqq", "search-no-results");
        open("/organisations/no-such-force");
        assertThat(heading()).isEqualTo("Page not found");
        checkAtBothWidths("/organisations/no-such-force", "not-found");
        assertNoProblems();
    }
}
