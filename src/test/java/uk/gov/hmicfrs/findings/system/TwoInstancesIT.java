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

    @Test
    void aConcurrentUpdateThroughBothInstancesIsResolvedByTheOptimisticLockWithNothingLost() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp first = RunningApp.start(postgres.jdbcUrl());
             RunningApp second = RunningApp.start(postgres.jdbcUrl())) {
            long action = first.actionId("WM-SOC-2024-WMERC-COC-1-R3");
            String form = "/actions/" + action + "/progress";
            // Two West Mercia colleagues open the same form, one on each instance.
            HttpClient alice = RunningApp.newBrowser(new CookieManager());
            HttpClient bob = RunningApp.newBrowser(new CookieManager());
            first.signIn(alice, "lead.westmercia");
            second.signIn(bob, "lead.westmercia");
            String aliceForm = first.get(alice, form).body();
            String bobForm = second.get(bob, form).body();
            assertThat(RunningApp.formVersion(aliceForm)).isEqualTo(RunningApp.formVersion(bobForm));

            var aliceSaves = first.postForm(alice, form, java.util.Map.of("_csrf", RunningApp.csrfToken(aliceForm),
                    "version", RunningApp.formVersion(aliceForm), "status", "IN_PROGRESS",
                    "narrative", "Alice: partnership data agreement signed."));
            var bobSaves = second.postForm(bob, form, java.util.Map.of("_csrf", RunningApp.csrfToken(bobForm),
                    "version", RunningApp.formVersion(bobForm), "status", "COMPLETED",
                    "narrative", "Bob: analysts recruited."));

            assertThat(aliceSaves.statusCode()).isEqualTo(302);
            assertThat(bobSaves.statusCode()).isEqualTo(409);
            // Bob's words come back to him with what changed, ready to submit again.
            assertThat(bobSaves.body()).contains("Bob: analysts recruited.").contains("Alice: partnership data agreement signed.");
            assertThat(first.progressUpdates(action)).isEqualTo(1);
            assertThat(second.jdbc().queryForObject("select force_status from action where id = ?", String.class, action))
                    .isEqualTo("IN_PROGRESS");
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
