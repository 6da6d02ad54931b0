package uk.gov.hmicfrs.findings.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on loopback against one database, as behind a load balancer. */
class TwoInstancesIT {

    @Test
    void aUserSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp first = RunningApp.start(postgres.jdbcUrl());
             RunningApp second = RunningApp.start(postgres.jdbcUrl())) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = RunningApp.newBrowser(cookies);
            assertThat(first.signIn(browser, "lead.westmercia").statusCode()).isEqualTo(302);

            // The load balancer sends the next request to the other instance: same cookie, other port.
            HttpClient sameBrowserOnSecond = RunningApp.newBrowser(copyCookies(cookies, second));
            var home = second.get(sameBrowserOnSecond, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("West Mercia Police lead");

            // Signing out on the second ends the session on the first too.
            String token = RunningApp.csrfToken(home.body());
            second.postForm(sameBrowserOnSecond, "/logout", java.util.Map.of("_csrf", token));
            assertThat(first.get(browser, "/").statusCode()).isEqualTo(302);
        }
    }

    /** Cookies are per host:port in the JDK's jar; a load balancer would present one host. */
    private static CookieManager copyCookies(CookieManager from, RunningApp to) {
        CookieManager copy = new CookieManager();
        for (HttpCookie cookie : from.getCookieStore().getCookies()) {
            copy.getCookieStore().add(to.uri("/"), cookie);
        }
        return copy;
    }
}
