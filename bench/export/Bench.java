import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import uk.gov.hmicfrs.findings.support.OperatorRoles;

/**
 * Export benchmark: a scratch embedded PostgreSQL with the seed plus N generated findings, the app
 * jar run with its heap capped (-Xmx256m) and a GC log, then each export downloaded several times.
 * Reports rows a second and the peak heap (the largest heap occupancy any GC saw during the run).
 * Run through bench/export/run.sh, which builds the jar and the classpath.
 */
public class Bench {

    static final Pattern GC_LINE = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 8083;
        String heap = System.getProperty("bench.heap", "256m");
        Path work = Path.of("target/bench-export");
        Files.createDirectories(work);
        Path gcLog = work.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-plain.jar")).findFirst().orElseThrow();
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(true).start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            log("scratch PostgreSQL on port " + postgres.getPort());
            ProcessBuilder app = new ProcessBuilder("java", "-Xmx" + heap, "-Xlog:gc:file=" + gcLog.toAbsolutePath(),
                    "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
            // the roles of production: the app runs as one that owns nothing, Flyway migrates as the owner
            OperatorRoles.create(url, "postgres", "");
            app.environment().put("SPRING_DATASOURCE_URL", url);
            app.environment().put("SPRING_DATASOURCE_USERNAME", OperatorRoles.RUNTIME);
            app.environment().put("SPRING_DATASOURCE_PASSWORD", OperatorRoles.RUNTIME_PASSWORD);
            app.environment().put("SPRING_FLYWAY_USER", OperatorRoles.OWNER);
            app.environment().put("SPRING_FLYWAY_PASSWORD", OperatorRoles.OWNER_PASSWORD);
            app.environment().put("APP_DEMO_ACCOUNTS", "true");
            app.environment().put("SERVER_PORT", Integer.toString(port));
            Process process = app.start();
            try {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://localhost:" + port;
                waitUntilUp(http, base, process);
                log("app up with -Xmx" + heap + " (" + jar + ")");

                long started = System.nanoTime();
                generate(postgres, rows);
                log(String.format(Locale.ROOT, "generated %,d findings in %.0f s", rows, seconds(started)));
                long total = count(postgres);

                signIn(http, base);
                List<String> report = new ArrayList<>();
                report.add(String.format(Locale.ROOT, "rows=%d heap=-Xmx%s", total, heap));
                for (String format : List.of("csv", "xlsx")) {
                    List<double[]> results = new ArrayList<>();
                    for (int run = 1; run <= runs; run++) {
                        long gcFrom = Files.exists(gcLog) ? Files.size(gcLog) : 0;
                        Path out = work.resolve("findings." + format);
                        long t0 = System.nanoTime();
                        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/exports/findings." + format)).build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        long bytes;
                        try (InputStream in = response.body(); OutputStream file = Files.newOutputStream(out)) {
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + format);
                            }
                            bytes = in.transferTo(file);
                        }
                        double secs = seconds(t0);
                        Thread.sleep(1500); // let the GC log catch up
                        long peak = peakHeap(gcLog, gcFrom);
                        results.add(new double[] {secs, total / secs, peak, bytes});
                        log(String.format(Locale.ROOT, "%s run %d: %.1f s, %,.0f rows/s, peak heap %d MB, %,d bytes",
                                format, run, secs, total / secs, peak, bytes));
                    }
                    double[] median = median(results);
                    report.add(String.format(Locale.ROOT, "%s median: %.1f s, %,.0f rows/s, peak heap %.0f MB, %,.0f bytes",
                            format, median[0], median[1], median[2], median[3]));
                }
                long csvRecords = countCsvRecords(work.resolve("findings.csv"));
                report.add(String.format(Locale.ROOT, "check: the last CSV parses back to %,d records (expected %,d)", csvRecords, total));
                log("---- results");
                report.forEach(Bench::log);
                Files.write(work.resolve("results.txt"), report);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    static void generate(EmbeddedPostgres postgres, int rows) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                    select 'bench-generated', 'BENCH', 'Generated findings for the export benchmark', date '2026-01-15',
                           'THEMATIC', id, 'generated' from region where slug = 'west-midlands'
                    """);
            // Without the search index while loading: building it once afterwards is far quicker than
            // updating it a million times, and leaves no pending list for autovacuum to work through
            // while the exports are timed.
            sql.execute("drop index if exists finding_search_vector_idx");
            // the seeded findings' texts (‘ ’, non-breaking spaces and all), spread over every organisation
            sql.execute("""
                    insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
                    select i.id, o.ids[1 + g %% cardinality(o.ids)], s.section, s.type, s.title, s.body, g, 'BENCH-' || g
                    from generate_series(1, %d) g
                    cross join (select id from inspection where slug = 'bench-generated') i
                    cross join (select array_agg(id order by id) as ids from organisation) o
                    join (select row_number() over (order by id) - 1 as k, count(*) over () as n, section, type, title, body
                          from finding) s on s.k = g %% s.n
                    """.formatted(rows));
            sql.execute("set maintenance_work_mem = '256MB'");
            sql.execute("create index finding_search_vector_idx on finding using gin (search_vector)");
            sql.execute("vacuum (analyze) finding");
        }
    }

    static long count(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement();
             var rs = sql.executeQuery("select count(*) from finding where not withdrawn")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void waitUntilUp(HttpClient http, String base, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped; see target/bench-export/app.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The app did not start in time");
    }

    static void signIn(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=analyst&password=demo-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    /** The largest heap occupancy before any GC pause logged after the given offset, in MB. */
    static long peakHeap(Path gcLog, long from) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        String text = new String(Files.readAllBytes(gcLog), StandardCharsets.UTF_8);
        long peak = 0;
        Matcher m = GC_LINE.matcher(text.substring((int) Math.min(from, text.length())));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    static long countCsvRecords(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            long n = 0;
            for (var ignored : parser) {
                n++;
            }
            return n;
        }
    }

    static double[] median(List<double[]> results) {
        double[] median = new double[results.get(0).length];
        for (int i = 0; i < median.length; i++) {
            final int column = i;
            double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
            median[i] = values.length % 2 == 1 ? values[values.length / 2]
                    : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        }
        return median;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
