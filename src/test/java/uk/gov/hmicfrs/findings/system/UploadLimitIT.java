package uk.gov.hmicfrs.findings.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized uploads on a real server, sent over a raw socket so that the test sees how much of the
 * body the server read before it answered.
 */
class UploadLimitIT {

    private static final long DECLARED = 52L * 1024 * 1024;
    private static final String BOUNDARY = "----upload-limit-test";

    static StoppablePostgres postgres;
    static RunningApp app;

    @BeforeAll
    static void start() throws IOException {
        postgres = new StoppablePostgres();
        app = RunningApp.start(postgres.jdbcUrl());
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        postgres.close();
    }

    @Test
    void anAnonymousUploadIsRefusedWithoutReadingItsBodyAndNeverRedirectedOffSite() throws Exception {
        long action = app.actionId("WM-SOC-2024-WMERC-COC-1-R3");
        Answer toForm = post("/actions/" + action + "/progress", null);
        assertThat(toForm.statusLine()).contains(" 302");
        assertThat(toForm.headers()).contains("Location: /login");
        // the server answered and closed long before the 52MB it was promised
        assertThat(toForm.bytesSent()).isLessThan(DECLARED / 2);

        Answer offSite = post("//evil.example/path", null);
        assertThat(offSite.statusLine()).matches("HTTP/1.1 4\\d\\d.*");
        assertThat(offSite.headers()).noneMatch(h -> h.toLowerCase().startsWith("location:"));
        assertThat(offSite.bytesSent()).isLessThan(DECLARED / 2);
    }

    @Test
    void aSignedInUsersOversizedUploadGoesBackToItsOwnFormOnly() throws Exception {
        String session = signIn("lead.westmercia");
        long action = app.actionId("WM-SOC-2024-WMERC-COC-1-R3");

        Answer toForm = post("/actions/" + action + "/progress", session);
        assertThat(toForm.statusLine()).contains(" 303");
        assertThat(toForm.headers()).contains("Location: /actions/" + action + "/progress?fileTooLarge");

        Answer offSite = post("//evil.example/path", session);
        assertThat(offSite.headers()).noneMatch(h -> h.toLowerCase().contains("evil.example"));
        assertThat(offSite.statusLine()).doesNotContain(" 5");
    }

    private String signIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        var browser = RunningApp.newBrowser(cookies);
        assertThat(app.signIn(browser, username).statusCode()).isEqualTo(302);
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    record Answer(String statusLine, List<String> headers, long bytesSent) {
    }

    /** Declares a 52MB multipart body, sends it a megabyte at a time while the server lets it, then reads the answer. */
    private static Answer post(String path, String session) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + DECLARED + "\r\n"
                    + (session == null ? "" : "Cookie: SESSION=" + session + "\r\n") + "\r\n"
                    + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            long sent = head.length();
            byte[] megabyte = new byte[1024 * 1024];
            try {
                while (sent + megabyte.length <= DECLARED) {
                    out.write(megabyte);
                    sent += megabyte.length;
                }
                out.write(new byte[(int) (DECLARED - sent)]);
                sent = DECLARED;
                out.flush();
            } catch (SocketException closedByServer) {
                // the server answered and closed the connection without reading the rest
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line);
            }
            return new Answer(status, headers, sent);
        }
    }
}
