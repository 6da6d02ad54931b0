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

            postgres.stop();

            HttpResponse<String> page = app.get(browser, "/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Sorry, the service is unavailable").contains("govuk-header")
                    .doesNotContain("Exception");
            // As a load balancer asks: no session cookie.
            HttpClient loadBalancer = RunningApp.newBrowser(new CookieManager());
            HttpResponse<String> health = app.get(loadBalancer, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            // A form submitted now is refused (here, without a token, by CSRF before anything runs), never half-saved.
            HttpResponse<String> signIn = app.postForm(RunningApp.newBrowser(new CookieManager()), "/login",
                    java.util.Map.of("username", "inspector", "password", "demo-password"));
            assertThat(signIn.statusCode()).isIn(403, 503);

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
        }
    }
}
