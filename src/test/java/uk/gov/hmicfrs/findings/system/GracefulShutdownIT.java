package uk.gov.hmicfrs.findings.system;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;

import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Graceful shutdown of a real instance (embedded Tomcat, real HTTP on loopback, real PostgreSQL), as
 * docs/operations.md describes it: requests in flight when shutdown begins finish, and a form
 * submitted during shutdown is either saved or refused, never accepted and lost.
 * <p>
 * To know that a request is still in flight when shutdown begins, without racing a sleep, the
 * instance gets a filter that only this test registers: a request carrying the {@value #HOLD_HEADER}
 * header waits on a latch, either before the app sees it or after the first bytes of its response
 * have gone to the client. The test starts shutdown ({@code context.close()}, the same graceful phase
 * as SIGTERM), waits until the server refuses new connections, then lets the held requests go.
 */
class GracefulShutdownIT {

    static final String HOLD_HEADER = "X-Test-Hold";
    /** Generous: the machine is shared and may be slow; nothing here waits this long when all is well. */
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Map<String, Hold> HOLDS = new ConcurrentHashMap<>();

    @Test
    void requestsInFlightFinishAndAFormSubmittedDuringShutdownIsSavedOrRefusedNeverLost() throws Exception {
        String run = UUID.randomUUID().toString();
        Hold exportHold = hold("export-" + run, Hold.Point.AFTER_FIRST_BYTES);
        Hold updateHold = hold("update-" + run, Hold.Point.BEFORE_THE_APP);
        ExecutorService threads = Executors.newCachedThreadPool();
        CompletableFuture<Void> shutdown = null;
        try (StoppablePostgres postgres = new StoppablePostgres()) {
            RunningApp app = RunningApp.start(postgres.jdbcUrl(), new Class<?>[] {HoldFilter.class});
            try {
                // An analyst's full export, as it is when nothing is shutting down.
                HttpClient analyst = RunningApp.newBrowser(new CookieManager());
                assertThat(app.signIn(analyst, "analyst").statusCode()).isEqualTo(302);
                HttpResponse<byte[]> quietExport = analyst.send(exportRequest(app, null), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(quietExport.statusCode()).isEqualTo(200);
                byte[] wholeExport = quietExport.body();
                assertThat(new String(wholeExport, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("WM-SOC-2024");

                // Three of West Mercia's actions, one for each way a progress update meets the shutdown.
                CookieManager leadCookies = new CookieManager();
                HttpClient lead = RunningApp.newBrowser(leadCookies);
                assertThat(app.signIn(lead, "lead.westmercia").statusCode()).isEqualTo(302);
                List<Long> westMercia = app.jdbc().queryForList("""
                        select id from action where organisation_id =
                            (select organisation_id from action where id = ?) order by id limit 3""",
                        Long.class, app.actionId("WM-SOC-2024-WMERC-COC-1-R3"));
                assertThat(westMercia).hasSize(3);
                Submission inFlight = new Submission(westMercia.get(0), "Shutdown test " + run + ": submitted before shutdown");
                Submission onOpenConnection = new Submission(westMercia.get(1), "Shutdown test " + run + ": kept-alive connection");
                Submission onNewConnection = new Submission(westMercia.get(2), "Shutdown test " + run + ": new connection");
                Map<Long, ActionState> before = new HashMap<>();
                for (long action : westMercia) {
                    before.put(action, ActionState.read(postgres, action));
                }

                Map<String, String> inFlightForm = formFields(app.get(lead, inFlight.path()).body(), inFlight.narrative());
                Map<String, String> newConnectionForm = formFields(app.get(lead, onNewConnection.path()).body(), onNewConnection.narrative());
                // A browser tab with a kept-alive connection, opened before shutdown: its next form goes down that connection.
                try (RawConnection tab = new RawConnection(app.port(), cookieHeader(leadCookies, app))) {
                    RawResponse formPage = tab.exchange("GET", onOpenConnection.path(), null);
                    assertThat(formPage.status()).isEqualTo(200);
                    Map<String, String> openConnectionForm = formFields(formPage.body(), onOpenConnection.narrative());

                    // Two requests in flight: the export part-way through its body, the update not yet begun.
                    CompletableFuture<HttpResponse<InputStream>> export = analyst.sendAsync(
                            exportRequest(app, exportHold.name()), HttpResponse.BodyHandlers.ofInputStream());
                    CompletableFuture<HttpResponse<String>> update = lead.sendAsync(
                            formPost(app, inFlight.path(), inFlightForm, updateHold.name()), HttpResponse.BodyHandlers.ofString());
                    exportHold.awaitReached();
                    updateHold.awaitReached();
                    HttpResponse<InputStream> exportResponse = export.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(exportResponse.statusCode()).isEqualTo(200);
                    InputStream exportBody = exportResponse.body();
                    int firstByte = exportBody.read(); // the client really has part of the body already

                    shutdown = CompletableFuture.runAsync(app::close, threads);
                    awaitNewConnectionsRefused(app.port());
                    assertThat(update).as("the update is still in flight when shutdown has begun").isNotDone();
                    assertThat(shutdown).as("shutdown waits for the requests in flight").isNotDone();

                    // Forms submitted now that shutdown has begun.
                    Outcome newConnection = postOnANewConnection(app, leadCookies, onNewConnection, newConnectionForm);
                    Outcome openConnection = postOn(tab, onOpenConnection, openConnectionForm);
                    System.out.printf("During shutdown: new connection -> %s; kept-alive connection -> %s%n", newConnection, openConnection);

                    exportHold.release();
                    updateHold.release();
                    CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readRest(exportBody), threads);
                    byte[] exported = concat(firstByte, rest.get(WAIT.toSeconds(), TimeUnit.SECONDS));
                    HttpResponse<String> saved = update.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    shutdown.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(app.context().isActive()).isFalse();

                    // 1. The export in flight finished: every byte of it, the same as without a shutdown,
                    // most of it sent after shutdown had begun.
                    assertThat(exportHold.bytesSentBeforeHold).isPositive().isLessThan(wholeExport.length / 2);
                    assertThat(exported.length).isEqualTo(wholeExport.length);
                    assertThat(Arrays.mismatch(exported, wholeExport)).as("first differing byte").isEqualTo(-1);

                    // 2. The update submitted before shutdown was saved once, and its user was told so.
                    assertThat(saved.statusCode()).isEqualTo(302);
                    assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
                            location -> assertThat(location).endsWith("/actions/" + inFlight.action()));
                    assertSavedOnce(postgres, inFlight, before.get(inFlight.action()));

                    // 3. The updates submitted during shutdown: each saved or refused, nothing accepted and lost.
                    assertSavedOrRefused(postgres, onNewConnection, newConnection, before.get(onNewConnection.action()));
                    assertSavedOrRefused(postgres, onOpenConnection, openConnection, before.get(onOpenConnection.action()));

                    // 4. What the user sees next. Behind a load balancer the browser's follow-up requests go to
                    // another instance; sessions (and their flash messages) are in PostgreSQL.
                    try (RunningApp successor = RunningApp.start(postgres.jdbcUrl())) {
                        HttpClient leadOnSuccessor = RunningApp.newBrowser(copyCookies(leadCookies, successor));
                        HttpResponse<String> confirmation = successor.get(leadOnSuccessor, "/actions/" + inFlight.action());
                        assertThat(confirmation.statusCode()).isEqualTo(200);
                        assertThat(confirmation.body()).contains("Your progress update has been added").contains(inFlight.narrative());
                        // Unsure, the user submits the same form again: the version check stops a second copy.
                        HttpResponse<String> again = successor.postForm(leadOnSuccessor, inFlight.path(), inFlightForm);
                        assertThat(again.statusCode()).isEqualTo(409);
                        assertThat(again.body()).contains(inFlight.narrative());
                        assertThat(progressUpdatesWith(postgres, inFlight.narrative())).isEqualTo(1);
                        // A refused update, submitted again, is saved once.
                        resubmit(successor, leadOnSuccessor, onNewConnection, newConnectionForm, newConnection, postgres);
                        resubmit(successor, leadOnSuccessor, onOpenConnection, openConnectionForm, openConnection, postgres);
                    }
                }
            } finally {
                exportHold.release();
                updateHold.release();
                if (shutdown == null) {
                    app.close();
                } else {
                    // Let the shutdown already under way finish before the database goes.
                    shutdown.exceptionally(failure -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                }
            }
        } finally {
            HOLDS.clear();
            threads.shutdown();
        }
    }

    // ---- what the database says after shutdown (the app's pool is closed by then)

    private static void assertSavedOrRefused(StoppablePostgres postgres, Submission submission, Outcome outcome,
                                             ActionState before) throws SQLException {
        if (outcome instanceof Outcome.Refused) {
            assertNothingWritten(postgres, submission, before);
            return;
        }
        Outcome.Answered answered = (Outcome.Answered) outcome;
        if (answered.status() == 302) {
            assertThat(answered.location()).endsWith("/actions/" + submission.action());
            assertSavedOnce(postgres, submission, before);
        } else if (answered.status() == 503) {
            assertNothingWritten(postgres, submission, before);
        } else {
            fail("'" + submission.narrative() + "' got neither a redirect after saving nor a refusal: "
                    + answered.status() + " " + answered.body());
        }
    }

    /** Submits a form again after the shutdown: saved once either way, and a duplicate refused by the version check. */
    private static void resubmit(RunningApp app, HttpClient browser, Submission submission, Map<String, String> form,
                                 Outcome duringShutdown, StoppablePostgres postgres) throws Exception {
        HttpResponse<String> again = app.postForm(browser, submission.path(), form);
        assertThat(again.statusCode()).isEqualTo(duringShutdown instanceof Outcome.Refused ? 302 : 409);
        assertThat(progressUpdatesWith(postgres, submission.narrative())).isEqualTo(1);
    }

    /** Cookies are per host:port in the JDK's jar; a load balancer would present one host. */
    private static CookieManager copyCookies(CookieManager from, RunningApp to) {
        CookieManager copy = new CookieManager();
        for (HttpCookie cookie : from.getCookieStore().getCookies()) {
            copy.getCookieStore().add(to.uri("/"), cookie);
        }
        return copy;
    }

    private static void assertSavedOnce(StoppablePostgres postgres, Submission submission, ActionState before) throws SQLException {
        assertThat(progressUpdatesWith(postgres, submission.narrative())).as("rows with '%s'", submission.narrative()).isEqualTo(1);
        ActionState after = ActionState.read(postgres, submission.action());
        // The action moved on exactly once, in the same transaction as the update and its audit event.
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.forceStatus()).isEqualTo("IN_PROGRESS");
        assertThat(after.auditedUpdates()).isEqualTo(before.auditedUpdates() + 1);
    }

    private static void assertNothingWritten(StoppablePostgres postgres, Submission submission, ActionState before) throws SQLException {
        assertThat(progressUpdatesWith(postgres, submission.narrative())).as("rows with '%s'", submission.narrative()).isZero();
        assertThat(ActionState.read(postgres, submission.action())).isEqualTo(before);
    }

    private static int progressUpdatesWith(StoppablePostgres postgres, String narrative) throws SQLException {
        try (Connection connection = connect(postgres);
             PreparedStatement statement = connection.prepareStatement("select count(*) from progress_update where narrative = ?")) {
            statement.setString(1, narrative);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect(StoppablePostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
    }

    record ActionState(int version, String forceStatus, int auditedUpdates) {
        static ActionState read(StoppablePostgres postgres, long action) throws SQLException {
            try (Connection connection = connect(postgres);
                 PreparedStatement statement = connection.prepareStatement("""
                         select a.version, a.force_status,
                                (select count(*) from audit_event e where e.action = 'PROGRESS_UPDATE_ADDED'
                                    and e.entity_type = 'ACTION' and e.entity_id = a.id::text)
                         from action a where a.id = ?""")) {
                statement.setLong(1, action);
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    return new ActionState(rows.getInt(1), rows.getString(2), rows.getInt(3));
                }
            }
        }
    }

    // ---- the requests

    record Submission(long action, String narrative) {
        String path() {
            return "/actions/" + action + "/progress";
        }
    }

    /** What the user's browser got back: an answer, or no connection at all. */
    sealed interface Outcome {
        record Answered(int status, String location, String body) implements Outcome {
        }

        /**
         * No answer at all: the connection was refused, or the server closed a kept-alive connection
         * without reading the request (Tomcat does that once paused). A browser shows its own error.
         */
        record Refused(IOException failure) implements Outcome {
        }
    }

    private static Map<String, String> formFields(String formPage, String narrative) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", RunningApp.csrfToken(formPage));
        fields.put("version", RunningApp.formVersion(formPage));
        fields.put("status", "IN_PROGRESS");
        fields.put("narrative", narrative);
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpRequest exportRequest(RunningApp app, String hold) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/exports/findings.csv")).timeout(WAIT).GET();
        if (hold != null) {
            request.header(HOLD_HEADER, hold);
        }
        return request.build();
    }

    private static HttpRequest formPost(RunningApp app, String path, Map<String, String> fields, String hold) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(HOLD_HEADER, hold)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build();
    }

    /** A browser that had no connection open: a fresh client with the same session cookie. */
    private static Outcome postOnANewConnection(RunningApp app, CookieManager cookies, Submission submission,
                                                Map<String, String> fields) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = RunningApp.newBrowser(copyCookies(cookies, app)).send(HttpRequest.newBuilder(app.uri(submission.path()))
                    .timeout(WAIT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome.Answered(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
        } catch (ConnectException refused) {
            return new Outcome.Refused(refused);
        }
    }

    private static Outcome postOn(RawConnection connection, Submission submission, Map<String, String> fields) throws IOException {
        RawResponse response;
        try {
            response = connection.exchange("POST", submission.path(), encode(fields));
        } catch (NoAnswerException closedUnanswered) {
            return new Outcome.Refused(closedUnanswered);
        }
        return new Outcome.Answered(response.status(), response.headers().getOrDefault("location", ""), response.body());
    }

    private static String cookieHeader(CookieManager cookies, RunningApp app) {
        return cookies.getCookieStore().get(app.uri("/")).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }

    /** Shutdown has begun once the server socket is closed: a new connection is refused. */
    private static void awaitNewConnectionsRefused(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // e.g. a timeout while the listener is closing: ask again
            }
            Thread.sleep(20);
        }
        fail("The server still accepted connections " + WAIT.toSeconds() + "s after shutdown began");
    }

    private static byte[] readRest(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(int firstByte, byte[] rest) {
        assertThat(firstByte).as("first byte of the export").isNotNegative();
        byte[] all = new byte[rest.length + 1];
        all[0] = (byte) firstByte;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    // ---- one kept-alive HTTP/1.1 connection, spoken by hand so the test knows which connection a request uses

    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** Not a byte of a response came back on the connection. */
    static final class NoAnswerException extends EOFException {
        NoAnswerException(String message) {
            super(message);
        }
    }

    static final class RawConnection implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final int port;
        private final String cookie;

        RawConnection(int port, String cookie) throws IOException {
            this.port = port;
            this.cookie = cookie;
            this.socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) WAIT.toMillis());
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        RawResponse exchange(String method, String path, String formBody) throws IOException {
            byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Cookie: ").append(cookie).append("\r\n");
            if (formBody != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            String statusLine;
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                statusLine = readLine();
            } catch (java.net.SocketException reset) {
                throw new NoAnswerException("The connection failed before any byte of an answer: " + reset.getMessage());
            }
            if (statusLine == null) {
                throw new NoAnswerException("The connection closed without any byte of an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] content;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                content = readChunked();
            } else if (headers.containsKey("content-length")) {
                content = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                content = in.readAllBytes();
            }
            return new RawResponse(status, headers, new String(content, StandardCharsets.UTF_8));
        }

        private byte[] readChunked() throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine();
                if (sizeLine == null) {
                    throw new EOFException("The connection closed inside a chunked body");
                }
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                        // trailers: none expected
                    }
                    return content.toByteArray();
                }
                content.write(in.readNBytes(size));
                readLine();
            }
        }

        /** A header line without its CRLF, or null at the end of the stream before any byte. */
        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    // ---- holding a request in flight, in this test's instance only

    private static Hold hold(String name, Hold.Point point) {
        Hold hold = new Hold(name, point);
        HOLDS.put(name, hold);
        return hold;
    }

    static final class Hold {

        enum Point { BEFORE_THE_APP, AFTER_FIRST_BYTES }

        private final String name;
        private final Point point;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        /** For a hold after the first bytes: how many had been sent when it began. */
        private volatile long bytesSentBeforeHold = -1;

        Hold(String name, Point point) {
            this.name = name;
            this.point = point;
        }

        String name() {
            return name;
        }

        void awaitReached() throws InterruptedException {
            assertThat(reached.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("request %s reached the server", name).isTrue();
        }

        void release() {
            released.countDown();
        }

        /** On the server's request thread. */
        void reachedAndWait() throws IOException {
            reached.countDown();
            try {
                if (!released.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IOException("Request " + name + " was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while holding " + name);
            }
        }
    }

    /**
     * Registered only in this test's instance (as an extra source, never by component scanning), and
     * outermost, so that a request held before the app has not even loaded its session yet.
     */
    static final class HoldFilter implements Filter, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String name = ((HttpServletRequest) request).getHeader(HOLD_HEADER);
            Hold hold = name == null ? null : HOLDS.get(name);
            if (hold == null) {
                chain.doFilter(request, response);
            } else if (hold.point == Hold.Point.BEFORE_THE_APP) {
                hold.reachedAndWait();
                chain.doFilter(request, response);
            } else {
                chain.doFilter(request, new HoldAfterFirstBytes((HttpServletResponse) response, hold));
            }
        }
    }

    /** Sends the first bytes the app writes to the client at once, then holds the rest back until released. */
    static final class HoldAfterFirstBytes extends HttpServletResponseWrapper {

        private final Hold hold;
        private ServletOutputStream stream;

        HoldAfterFirstBytes(HttpServletResponse response, Hold hold) {
            super(response);
            this.hold = hold;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    private boolean held;

                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        holdOnce(1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        real.write(bytes, offset, length);
                        holdOnce(length);
                    }

                    private void holdOnce(int written) throws IOException {
                        if (!held) {
                            held = true;
                            real.flush();
                            hold.bytesSentBeforeHold = written;
                            hold.reachedAndWait();
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
