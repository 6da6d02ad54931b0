package uk.gov.hmicfrs.findings.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.hmicfrs.findings.FindingsTrackerApplication;

/**
 * A whole instance of the app on a random loopback port against a given PostgreSQL, for tests of
 * what only a real server shows: several instances, a database that goes away.
 */
public final class RunningApp implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static RunningApp start(String jdbcUrl, String... moreArguments) {
        return start(jdbcUrl, new Class<?>[0], moreArguments);
    }

    /**
     * As {@link #start(String, String...)}, with more bean classes (e.g. a test-only filter) in this
     * instance only; registered by hand, so component scanning never puts them in other tests' contexts.
     */
    public static RunningApp start(String jdbcUrl, Class<?>[] moreSources, String... moreArguments) {
        // the superuser (no password on the embedded database's loopback) creates the roles, as an operator would
        OperatorRoles.create(jdbcUrl, "postgres", "");
        // As arguments, so they win over application.properties.
        List<String> arguments = new ArrayList<>(OperatorRoles.arguments(jdbcUrl));
        arguments.addAll(List.of(
                "--server.port=0",
                "--app.demo-accounts=true",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(moreArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FindingsTrackerApplication.class)
                .sources(moreSources)
                .run(arguments.toArray(String[]::new));
        return new RunningApp(context);
    }

    /** The port of the separate management server, when the app was started with one. */
    public int managementPort() {
        return context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A browser-like client with its own cookie jar. */
    public static HttpClient newBrowser(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(HttpClient browser, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    /** The action that tracks a recommendation or an area for improvement, by its reference. */
    public long actionId(String reference) {
        return jdbc().queryForObject("""
                select a.id from action a
                left join recommendation r on r.id = a.recommendation_id
                left join finding f on f.id = a.finding_id
                where r.reference = ? or f.reference = ?""", Long.class, reference, reference);
    }

    public int progressUpdates(long actionId) {
        return jdbc().queryForObject("select count(*) from progress_update where action_id = ?", Integer.class, actionId);
    }

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    /** The optimistic-lock version a form page carries. */
    public static String formVersion(String html) {
        Matcher matcher = VERSION.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No version field in the form");
        }
        return matcher.group(1);
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    /** Signs in through the real form, as a browser would. */
    public HttpResponse<String> signIn(HttpClient browser, String username) throws IOException, InterruptedException {
        String token = csrfToken(get(browser, "/login").body());
        return postForm(browser, "/login", Map.of("username", username, "password", "demo-password", "_csrf", token));
    }

    @Override
    public void close() {
        context.close();
    }
}
