package uk.gov.hmicfrs.findings.account;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserIT extends BrowserTest {

    @Test
    void theSignInPageIsAccessibleOnDesktopAndPhone() {
        open("/");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(driver.getTitle()).startsWith("Sign in");
        assertNoAxeViolations();
        usePhoneViewport();
        assertNoAxeViolations();
    }

    @Test
    void signingInLandsOnTheHomePage() {
        signIn("inspector");
        assertThat(heading()).isEqualTo("Inspection findings");
        assertThat(driver.getTitle()).startsWith("Home");
    }
}
