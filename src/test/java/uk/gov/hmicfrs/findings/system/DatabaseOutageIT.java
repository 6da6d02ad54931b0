package uk.gov.hmicfrs.findings.system;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Stops and restarts a real PostgreSQL under a running app. */
class DatabaseOutageIT {

    @Test
    void servesAGovukUnavailablePageWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp app = RunningApp.start(postgres.jdbcUrl())) {
            HttpClient browser = RunningApp.newBrowser(new CookieManager());
            assertThat(app.signIn(browser, "inspector").statusCode()).isEqualTo(302);
            assertThat(app.get(browser, "/").body()).contains("West Mercia Police");

            // A force lead is part-way through a progress update when the database goes.
            long action = app.actionId("WM-SOC-2024-WMERC-COC-1-R3");
            HttpClient lead = RunningApp.newBrowser(new CookieManager());
            app.signIn(lead, "lead.westmercia");
            String form = app.get(lead, "/actions/" + action + "/progress").body();
            java.util.Map<String, String> update = java.util.Map.of("_csrf", RunningApp.csrfToken(form),
                    "version", RunningApp.formVersion(form), "status", "IN_PROGRESS",
                    "narrative", "Analytical capacity review started.");

            postgres.stop();

            HttpResponse<String> refused = app.postForm(lead, "/actions/" + action + "/progress", update);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("it has not been saved");

            HttpResponse<String> page = app.get(browser, "/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Sorry, the service is unavailable").contains("govuk-header")
                    .doesNotContain("Exception");
            // As a load balancer asks: no session cookie.
            HttpClient loadBalancer = RunningApp.newBrowser(new CookieManager());
            HttpResponse<String> health = app.get(loadBalancer, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");

            postgres.start();

            // Nobody restarts the app: its pool reconnects, and the session (kept in PostgreSQL) is still there.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            HttpResponse<String> again = app.get(browser, "/");
            while (again.statusCode() != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                again = app.get(browser, "/");
            }
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("Demo Inspector").contains("West Mercia Police");
            assertThat(app.get(loadBalancer, "/actuator/health").body()).contains("UP");
            // Nothing of the refused update was written; submitted again, it is saved once.
            assertThat(app.progressUpdates(action)).isZero();
            assertThat(app.postForm(lead, "/actions/" + action + "/progress", update).statusCode()).isEqualTo(302);
            assertThat(app.progressUpdates(action)).isEqualTo(1);
        }
    }
}
