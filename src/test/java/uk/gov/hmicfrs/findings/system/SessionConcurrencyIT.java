package uk.gov.hmicfrs.findings.system;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser sends several requests at once in one session (tabs opened together, a double submit).
 * Each request that adds a session attribute used to insert it, and the second insert of the same
 * attribute failed on its primary key with a 500 although the first had saved.
 */
class SessionConcurrencyIT {

    private static final int SESSIONS = 8;
    private static final int AT_ONCE = 4;

    @Test
    void simultaneousRequestsInOneNewSessionAllSucceed() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres();
             RunningApp app = RunningApp.start(postgres.jdbcUrl())) {
            ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
            List<Integer> statuses = new ArrayList<>();
            for (int session = 0; session < SESSIONS; session++) {
                HttpClient browser = RunningApp.newBrowser(new CookieManager());
                assertThat(app.signIn(browser, "lead.westmercia").statusCode()).isEqualTo(302);
                // The first pages after sign-in each save attributes (the CSRF token, say) at the same moment.
                CyclicBarrier together = new CyclicBarrier(AT_ONCE);
                List<CompletableFuture<Integer>> loads = new ArrayList<>();
                for (String path : List.of("/", "/search", "/my-actions", "/account/password")) {
                    loads.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                            return app.get(browser, path).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, pool));
                }
                for (CompletableFuture<Integer> load : loads) {
                    statuses.add(load.get());
                }
            }
            pool.shutdown();
            assertThat(statuses).hasSize(SESSIONS * AT_ONCE).containsOnly(200);
        }
    }
}
