package uk.gov.hmicfrs.findings.system;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy the app sees plain HTTP from the proxy, which says what the browser
 * used in X-Forwarded-Proto. Tests run from loopback, one of the trusted proxy addresses.
 */
class BehindTlsProxyIT {

    @Test
    void whenTheProxySaysHttpsTheCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp app = RunningApp.start(postgres.jdbcUrl())) {
            HttpClient browser = RunningApp.newBrowser(new CookieManager());

            HttpResponse<String> home = send(browser, app, "/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).startsWith("https://findings.example.gov.uk/login"));
            assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));

            HttpResponse<String> login = send(browser, app, "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
        }
    }

    @Test
    void plainHttpWithoutTheHeaderGetsNoHsts() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp app = RunningApp.start(postgres.jdbcUrl())) {
            HttpResponse<String> login = app.get(RunningApp.newBrowser(new CookieManager()), "/login");
            assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
        }
    }

    private static HttpResponse<String> send(HttpClient browser, RunningApp app, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "findings.example.gov.uk")
                .header("X-Forwarded-Port", "443")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
