package uk.gov.hmicfrs.findings.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics for Prometheus on a separate, non-public management port, as docs/operations.md describes. */
class MonitoringPortIT {

    @Test
    void prometheusIsScrapedOnTheManagementPortAndNothingMoreIsPublicOnTheMainOne() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp app = RunningApp.start(postgres.jdbcUrl(), "--management.server.port=0",
                     "--management.server.address=127.0.0.1",
                     "--management.endpoints.web.exposure.include=health,prometheus")) {
            HttpClient client = RunningApp.newBrowser(new CookieManager());

            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.managementPort() + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

            // The main port: no metrics, a readiness check for the load balancer, pages still behind sign-in.
            assertThat(app.get(client, "/actuator/prometheus").statusCode()).isIn(302, 404);
            HttpResponse<String> ready = app.get(client, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("UP");
            assertThat(app.get(client, "/livez").statusCode()).isEqualTo(200);
            assertThat(app.get(client, "/admin/users").statusCode()).isEqualTo(302);
        }
    }
}
