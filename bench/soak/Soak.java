import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * Soak load client: several signed-in users at once against a running app for a fixed time, every
 * response checked, the app's heap sampled from its Prometheus endpoint, and the progress updates it
 * saved counted back from the database. JDK only, so that it runs with the source launcher:
 *
 *   java bench/soak/Soak.java --base http://127.0.0.1:8092 --metrics http://127.0.0.1:9192/actuator/prometheus \
 *        --seconds 600 --users 8 [--pid APP_PID] [--db postgresql://postgres@localhost:54392/postgres] [--out file.md]
 *        [--think-ms 250] [--sample-seconds 30] [--max-slope-mb-per-min 1.0] [--label "text for the report"]
 *
 * Normally started by bench/soak/run.sh, which also builds and starts the app. Exit status 0 only on PASS.
 *
 * Users: each force lead updates only its own force's actions (one virtual user per lead), so no two
 * users write the same action and a 409 would be a real fault; a 409 is still counted on its own line.
 * Extra users beyond the five leads alternate inspector and analyst, who only read (the analyst also
 * downloads CSV exports now and then).
 *
 * Heap: with --pid, each sample first forces a full GC (System.gc() in the app, through a local JMX connection
 * opened with the JDK's attach API), so jvm_gc_live_data_size_bytes
 * is then the exact live data; without it the figure is whatever the last old-generation collection left,
 * which under a light load can stay unchanged for many minutes. The slope is fitted over the second half.
 */
public class Soak {

    static final String PASSWORD = "demo-password";
    static final List<String> LEADS = List.of("lead.westmercia", "lead.westmidlands", "lead.warwickshire",
            "lead.staffordshire", "lead.rocuwm");
    static final List<String> SEARCHES = List.of("q=kidnap", "q=police", "q=county+lines", "q=exploitation",
            "q=%224P+plans%22&type=AREA_FOR_IMPROVEMENT&region=west-midlands", "q=intelligence&type=OBSERVATION",
            "q=zzqqxxnothing");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern STATUS_CHECKED = Pattern.compile("name=\"status\"[^>]*value=\"([A-Z_]+)\"[^>]*checked");

    // settings
    final String base;
    final String metrics;
    final int seconds;
    final int users;
    final long pid;
    final String db;
    final Path out;
    final int sampleSeconds;
    final double maxSlope;
    final int thinkMs;
    final String label;
    final String runId = "Soak run " + Instant.now().toString().replaceAll("[-:.]", "");

    // what the app has, found before the clock starts
    final List<String> regions = new ArrayList<>();
    final List<String> organisations = new ArrayList<>();
    final List<String> inspections = new ArrayList<>();
    final List<String> findings = new ArrayList<>();
    final Map<String, List<Long>> actionsByLead = new LinkedHashMap<>();
    final List<Long> allActions = new ArrayList<>();

    // results
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>(); // kind -> nanos
    final Map<String, AtomicInteger> requestsByKind = new ConcurrentHashMap<>();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();
    final List<String> errorLog = Collections.synchronizedList(new ArrayList<>());
    final Map<Long, AtomicInteger> savedByAction = new ConcurrentHashMap<>();
    final AtomicInteger saved = new AtomicInteger();
    final AtomicLong csvBytes = new AtomicLong();
    final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    volatile long startNanos;
    volatile boolean running = true;

    record Sample(double minute, double heapUsedMb, double liveMb, double gcMs, double forcedGcMs, double cpuPercent, int threads,
                  double hikariActive) {}

    Soak(Map<String, String> a) {
        base = a.getOrDefault("base", "http://127.0.0.1:8092");
        metrics = a.getOrDefault("metrics", "http://127.0.0.1:9192/actuator/prometheus");
        seconds = Integer.parseInt(a.getOrDefault("seconds", "600"));
        users = Integer.parseInt(a.getOrDefault("users", "8"));
        pid = Long.parseLong(a.getOrDefault("pid", "0"));
        db = a.get("db");
        out = a.containsKey("out") ? Path.of(a.get("out")) : null;
        // Every 30 s, or more often for a short run so that the second half still has several points.
        sampleSeconds = Integer.parseInt(a.getOrDefault("sample-seconds", String.valueOf(Math.max(10, Math.min(30, seconds / 10)))));
        maxSlope = Double.parseDouble(a.getOrDefault("max-slope-mb-per-min", "1.0"));
        thinkMs = Integer.parseInt(a.getOrDefault("think-ms", "250"));
        label = a.getOrDefault("label", "");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new Soak(a).run() ? 0 : 1);
    }

    // ---------------------------------------------------------------- the run

    boolean run() throws Exception {
        List<User> team = new ArrayList<>();
        int leads = Math.min(users, LEADS.size());
        // Readers alternate inspector and analyst; with few users at least one of each when users >= 3.
        int readers = users - leads;
        if (users >= 3 && readers < 2) {
            leads = users - 2;
            readers = 2;
        }
        for (int i = 0; i < leads; i++) {
            team.add(new User(LEADS.get(i)));
        }
        for (int i = 0; i < readers; i++) {
            team.add(new User(i % 2 == 0 ? "inspector" : "analyst"));
        }
        for (User user : team) {
            user.signIn();
        }
        discover(team);
        long rowsBefore = dbCount("select count(*) from progress_update");
        Map<Long, Long> versionsBefore = dbVersions();
        if (pid > 0) {
            try {
                memory = attach(pid);
            } catch (Exception e) {
                // Still a soak, but the live figure is then only what the app's own collections leave.
                log("could not attach to app %d to force GCs (%s): live heap from the app's own collections only", pid, e);
            }
        }
        log("%s: %d users (%s), %d s, think time 0-%d ms, heap sampled every %d s%s",
                runId, team.size(), String.join(", ", team.stream().map(u -> u.name).toList()), seconds, 2 * thinkMs,
                sampleSeconds, memory != null ? " after a forced full GC (System.gc() in app " + pid + " over JMX)" : "");

        startNanos = System.nanoTime();
        Thread sampler = new Thread(this::sampleLoop, "sampler");
        sampler.start();
        List<Thread> threads = new ArrayList<>();
        for (User user : team) {
            Thread t = new Thread(user::loop, user.name);
            threads.add(t);
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        running = false;
        for (Thread t : threads) {
            t.join(60_000);
        }
        sampler.join(60_000);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        sample(elapsed / 60.0); // the last point, after every user has stopped

        return report(team, elapsed, rowsBefore, versionsBefore);
    }

    // ---------------------------------------------------------------- discovery

    void discover(List<User> team) throws Exception {
        User any = team.get(0);
        String home = any.get("discover", "/", "<title>Home –").body;
        regions.addAll(links(home, "/regions/"));
        organisations.addAll(links(home, "/organisations/"));
        inspections.addAll(links(home, "/inspections/"));
        inspections.remove("import");
        Set<String> refs = new LinkedHashSet<>();
        for (String slug : organisations) {
            refs.addAll(links(any.get("discover", "/organisations/" + slug, "govuk-heading").body, "/findings/"));
        }
        findings.addAll(refs);
        for (User user : team) {
            if (user.isLead()) {
                List<Long> ids = links(user.get("discover", "/my-actions", "<title>My actions –").body, "/actions/").stream()
                        .filter(s -> s.matches("\\d+")).map(Long::valueOf).distinct().toList();
                actionsByLead.put(user.name, ids);
                allActions.addAll(ids);
            }
        }
        if (allActions.isEmpty()) {
            allActions.addAll(List.of(1L, 2L, 3L));
        }
        log("found %d regions, %d organisations, %d inspections, %d findings, actions %s",
                regions.size(), organisations.size(), inspections.size(), findings.size(), actionsByLead);
        if (regions.isEmpty() || organisations.isEmpty() || findings.isEmpty()) {
            throw new IllegalStateException("Could not find the pages to read: is the seed loaded?");
        }
        if (errors.get() > 0) {
            throw new IllegalStateException("Errors while finding the pages to read: " + errorLog);
        }
        latencies.clear();
        requestsByKind.clear();
    }

    static List<String> links(String html, String prefix) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(prefix) + "([^\"?#/]+)\"").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    // ---------------------------------------------------------------- a virtual user

    record Response(int status, String body, String location, String contentType) {}

    class User {
        final String name;
        final HttpClient http;
        int updates;

        User(String name) {
            this.name = name;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        boolean isLead() {
            return name.startsWith("lead.");
        }

        void signIn() throws Exception {
            Response form = send("sign in", HttpRequest.newBuilder(URI.create(base + "/login")).GET(), false);
            String token = match(CSRF, form.body);
            String body = "username=" + enc(name) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token);
            Response r = send("sign in", HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), false);
            if (r.status != 302 || r.location == null || r.location.contains("error")) {
                throw new IllegalStateException(name + " could not sign in: " + r.status + " " + r.location);
            }
        }

        void loop() {
            while (running) {
                try {
                    step();
                } catch (Exception e) {
                    error("?", name + " " + e);
                }
                think();
            }
        }

        void think() {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(2 * thinkMs + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void step() throws Exception {
            int dice = ThreadLocalRandom.current().nextInt(100);
            if (isLead()) {
                List<Long> mine = actionsByLead.getOrDefault(name, List.of());
                if (dice < 10) get("home", "/", "<title>Home –");
                else if (dice < 22) get("my actions", "/my-actions", "<title>My actions –");
                else if (dice < 40 && !mine.isEmpty()) get("action", "/actions/" + pick(mine), "<h1 class=\"govuk-heading-l\">");
                else if (dice < 48) get("region", "/regions/" + pick(regions), "region – Findings Tracker");
                else if (dice < 58) get("organisation", "/organisations/" + pick(organisations), "<h1 class=\"govuk-heading-xl\">");
                else if (dice < 72) get("finding", "/findings/" + pick(findings), "<h1 class=\"govuk-heading-l\">");
                else if (dice < 85) get("search", "/search?" + pick(SEARCHES), "<title>Search results for");
                else if (dice < 88) get("grades", "/grades", "<title>Grade summary –");
                else if (dice < 90) get("themes", "/themes", "<title>Themes –");
                else if (!mine.isEmpty()) progressUpdate(pick(mine));
            } else {
                if (dice < 10) get("home", "/", "<title>Home –");
                else if (dice < 20) get("region", "/regions/" + pick(regions), "region – Findings Tracker");
                else if (dice < 32) get("organisation", "/organisations/" + pick(organisations), "<h1 class=\"govuk-heading-xl\">");
                else if (dice < 37) get("inspection", "/inspections/" + pick(inspections), "<h1 class=\"govuk-heading-xl\">");
                else if (dice < 55) get("finding", "/findings/" + pick(findings), "<h1 class=\"govuk-heading-l\">");
                else if (dice < 72) get("search", "/search?" + pick(SEARCHES), "<title>Search results for");
                else if (dice < 82) get("action", "/actions/" + pick(allActions), "<h1 class=\"govuk-heading-l\">");
                else if (dice < 88 && name.equals("inspector")) get("awaiting assessment", "/actions/awaiting-assessment", "<title>Actions awaiting assessment –");
                else if (dice < 92) get("grades", "/grades", "<title>Grade summary –");
                else if (dice < 96) get("themes", "/themes", "<title>Themes –");
                else if (name.equals("analyst")) csv(dice < 98 ? "/exports/findings.csv" : "/exports/actions.csv");
                else get("home", "/", "<title>Home –");
            }
        }

        /** As a browser does it: open the form, submit it, follow the redirect and see the update shown. */
        void progressUpdate(long id) throws Exception {
            Response form = get("progress form", "/actions/" + id + "/progress", "<title>Add a progress update –");
            if (form == null) {
                return;
            }
            String token = match(CSRF, form.body);
            String version = match(VERSION, form.body);
            String current = match(STATUS_CHECKED, form.body);
            // Mostly no change of status; now and then marked completed, or back in progress.
            String status = ThreadLocalRandom.current().nextInt(5) == 0
                    ? ("COMPLETED".equals(current) ? "IN_PROGRESS" : "COMPLETED") : current;
            String narrative = runId + " " + name + " action " + id + " update " + (++updates)
                    + ": the working group met and reviewed the plan; next review in four weeks.";
            Multipart body = new Multipart()
                    .field("_csrf", token).field("version", version).field("status", status)
                    .field("narrative", narrative).field("links", updates % 4 == 0 ? "https://www.example.police.uk/plan/" + updates : "")
                    .emptyFile("files");
            long t0 = System.nanoTime();
            Response r;
            try {
                r = send("progress update (POST)", HttpRequest.newBuilder(URI.create(base + "/actions/" + id + "/progress"))
                        .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())), true);
            } catch (IOException e) {
                error("progress update (POST)", name + " POST /actions/" + id + "/progress: " + e);
                return;
            }
            if (r.status == 409) {
                conflicts.incrementAndGet();
                return;
            }
            if (r.status != 302 || r.location == null || !r.location.endsWith("/actions/" + id)) {
                error("progress update (POST)", name + " POST /actions/" + id + "/progress -> " + r.status + " " + r.location + " " + snippet(r.body));
                return;
            }
            Response after = get("action after update", "/actions/" + id, "Your progress update has been added");
            if (after == null) {
                return;
            }
            // The redirect shows the success banner: from here on the update counts as saved.
            savedByAction.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            saved.incrementAndGet();
            if (!after.body.contains(escapeHtml(narrative))) {
                error("action after update", name + " /actions/" + id + " does not show the update just added");
            }
            record("progress update round trip", System.nanoTime() - t0);
        }

        void csv(String path) throws Exception {
            Response r = get("csv export", path, null);
            if (r != null && !(r.contentType != null && r.contentType.startsWith("text/csv") && r.body.startsWith("\uFEFFreference,"))) {
                error("csv export", name + " GET " + path + " -> not the CSV expected: " + snippet(r.body));
            } else if (r != null) {
                csvBytes.addAndGet(r.body.length());
            }
        }

        /** A page that must answer 200 with the layout complete and the marker in it; null after an error. */
        Response get(String kind, String path, String marker) throws Exception {
            Response r;
            try {
                r = send(kind, HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
            } catch (IOException e) {
                error(kind, name + " GET " + path + ": " + e);
                return null;
            }
            boolean html = r.contentType != null && r.contentType.startsWith("text/html");
            if (r.status != 200 || (html && !r.body.contains("</html>")) || (marker != null && !r.body.contains(marker))
                    || (html && r.body.contains("<title>Sorry"))) {
                error(kind, name + " GET " + path + " -> " + r.status + (marker != null && !r.body.contains(marker) ? " without “" + marker + "”" : "") + " " + snippet(r.body));
                return null;
            }
            return r;
        }

        Response send(String kind, HttpRequest.Builder request, boolean timed) throws IOException {
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (timed) {
                record(kind, System.nanoTime() - t0);
            }
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null));
        }
    }

    void record(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        if (!kind.equals("progress update round trip")) {
            requestsByKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void error(String kind, String message) {
        int n = errors.incrementAndGet();
        if (n <= 20) {
            errorLog.add(String.format(Locale.ROOT, "%.1f s %s", (System.nanoTime() - startNanos) / 1e9, message));
            log("ERROR %s", message);
        }
    }

    // ---------------------------------------------------------------- heap and CPU samples

    MemoryMXBean memory;

    /**
     * The app's memory bean over a local JMX connection (the JDK's attach API starts the agent in the
     * app on demand), so that a sample can force a full GC without starting a jcmd JVM every time.
     */
    static MemoryMXBean attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        } finally {
            vm.detach();
        }
    }

    long lastCpuNs = -1;
    long lastCpuAt;
    double lastGcSeconds = -1;

    void sampleLoop() {
        sample(0);
        long next = startNanos;
        while (running) {
            next += sampleSeconds * 1_000_000_000L;
            try {
                while (running && System.nanoTime() < next) {
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                sample((System.nanoTime() - startNanos) / 60e9);
            }
        }
    }

    synchronized void sample(double minute) {
        try {
            Map<String, Double> before = scrape();
            double heapUsed = before.getOrDefault("heap", 0.0);
            double live = before.getOrDefault("jvm_gc_live_data_size_bytes", 0.0);
            double forcedMs = Double.NaN;
            if (memory != null) {
                long t0 = System.nanoTime();
                memory.gc(); // System.gc() in the app: a full collection with G1
                forcedMs = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(300); // Micrometer records the collection from a notification, shortly after
                Map<String, Double> after = scrape();
                live = after.getOrDefault("jvm_gc_live_data_size_bytes", live);
            }
            long cpuNs = before.getOrDefault("process_cpu_time_ns_total", -1.0).longValue();
            long now = System.nanoTime();
            double cpu = Double.NaN;
            if (cpuNs >= 0 && lastCpuNs >= 0) {
                cpu = 100.0 * (cpuNs - lastCpuNs) / (now - lastCpuAt); // percent of one core
            }
            lastCpuNs = cpuNs;
            lastCpuAt = now;
            double gcSeconds = before.getOrDefault("gc_pause_seconds_sum", 0.0);
            double gcMs = lastGcSeconds < 0 ? 0 : 1000 * (gcSeconds - lastGcSeconds);
            lastGcSeconds = gcSeconds;
            Sample s = new Sample(minute, heapUsed / 1048576.0, live / 1048576.0, gcMs, forcedMs, cpu,
                    before.getOrDefault("jvm_threads_live_threads", 0.0).intValue(),
                    before.getOrDefault("hikaricp_connections_active", Double.NaN));
            samples.add(s);
            log("sample %.2f min: heap used %.1f MB, live after GC %.1f MB, GC pauses %.0f ms (forced full GC %.0f ms), CPU %.0f%% of a core, %d threads, %d requests, %d updates saved, %d errors",
                    minute, s.heapUsedMb, s.liveMb, s.gcMs, s.forcedGcMs, s.cpuPercent, s.threads,
                    requestsByKind.values().stream().mapToInt(AtomicInteger::get).sum(), saved.get(), errors.get());
        } catch (Exception e) {
            log("metrics sample failed: %s", e);
        }
    }

    Map<String, Double> scrape() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(metrics)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("metrics " + r.statusCode());
        }
        Map<String, Double> values = new HashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String key = line.substring(0, space);
            double value;
            try {
                value = Double.parseDouble(line.substring(space + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            String name = key.contains("{") ? key.substring(0, key.indexOf('{')) : key;
            if (name.equals("jvm_memory_used_bytes") && key.contains("area=\"heap\"")) {
                values.merge("heap", value, Double::sum);
            } else if (name.equals("jvm_gc_pause_seconds_sum")) {
                values.merge("gc_pause_seconds_sum", value, Double::sum);
            } else if (name.equals("hikaricp_connections_active")) {
                values.merge(name, value, Double::sum);
            } else if (!key.contains("{")) {
                values.put(name, value);
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- the database check

    long dbCount(String sql) throws Exception {
        String v = psql(sql);
        return v == null ? -1 : Long.parseLong(v.strip());
    }

    Map<Long, Long> dbVersions() throws Exception {
        Map<Long, Long> versions = new TreeMap<>();
        String v = psql("select id || ' ' || version from action order by id");
        if (v != null) {
            for (String line : v.split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.strip().split(" ");
                    versions.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
                }
            }
        }
        return versions;
    }

    String psql(String sql) throws Exception {
        if (db == null) {
            return null;
        }
        Process p = new ProcessBuilder("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql, db).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    // ---------------------------------------------------------------- the report

    boolean report(List<User> team, double elapsed, long rowsBefore, Map<Long, Long> versionsBefore) throws Exception {
        List<String> md = new ArrayList<>();
        md.add("# Soak, " + runId.substring("Soak run ".length()));
        md.add("");
        if (!label.isBlank()) {
            md.add(label);
            md.add("");
        }
        md.add(String.format(Locale.ROOT, "Duration %.1f s (%.1f min), %d users: %s; think time 0-%d ms between requests; heap sampled every %d s%s.",
                elapsed, elapsed / 60, team.size(), String.join(", ", team.stream().map(u -> u.name).toList()), 2 * thinkMs, sampleSeconds,
                memory != null ? " after a forced full GC (System.gc() over JMX)" : ", without forcing a GC"));
        md.add("");

        // requests and latency
        List<Long> reads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        md.add("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
        md.add("|---|---|---|---|---|---|");
        int total = 0;
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l;
            synchronized (e.getValue()) {
                l = new ArrayList<>(e.getValue());
            }
            if (e.getKey().equals("progress update round trip")) {
                md.add(row(e.getKey() + " (form, POST, redirect; not counted again)", l));
                continue;
            }
            total += l.size();
            (e.getKey().equals("progress update (POST)") ? writes : reads).addAll(l);
            md.add(row(e.getKey(), l));
        }
        md.add(row("**all reads (GET)**", reads));
        md.add(row("**all writes (POST)**", writes));
        md.add("");
        md.add(String.format(Locale.ROOT, "Requests: %d in %.0f s (%.1f a second). CSV downloaded: %.1f MB.",
                total, elapsed, total / elapsed, csvBytes.get() / 1048576.0));

        // nothing lost
        boolean dbOk = true;
        String dbLine;
        if (db != null) {
            long rowsAfter = dbCount("select count(*) from progress_update");
            long marked = dbCount("select count(*) from progress_update where narrative like '" + runId + " %'");
            long distinct = dbCount("select count(distinct narrative) from progress_update where narrative like '" + runId + " %'");
            Map<Long, Long> versionsAfter = dbVersions();
            long versionSteps = 0;
            List<String> mismatches = new ArrayList<>();
            for (Map.Entry<Long, Long> v : versionsAfter.entrySet()) {
                long step = v.getValue() - versionsBefore.getOrDefault(v.getKey(), v.getValue());
                versionSteps += step;
                long mine = savedByAction.getOrDefault(v.getKey(), new AtomicInteger()).get();
                if (step != mine) {
                    mismatches.add("action " + v.getKey() + ": version moved " + step + ", " + mine + " saved");
                }
            }
            dbOk = rowsAfter - rowsBefore == saved.get() && marked == saved.get() && distinct == saved.get() && mismatches.isEmpty();
            dbLine = String.format(Locale.ROOT, "Progress updates saved (success banner seen): %d. In the database: %d new progress_update rows, "
                            + "%d with this run's text (%d distinct); action versions moved %d in all%s. %s",
                    saved.get(), rowsAfter - rowsBefore, marked, distinct, versionSteps,
                    mismatches.isEmpty() ? ", each by its own action's count" : "; " + String.join("; ", mismatches),
                    dbOk ? "Nothing lost, nothing doubled." : "MISMATCH.");
        } else {
            dbLine = "Progress updates saved (success banner seen): " + saved.get() + " (not checked in the database: no --db).";
        }
        md.add(dbLine);
        md.add(String.format(Locale.ROOT, "Errors: %d. Conflicts (409): %d.", errors.get(), conflicts.get()));
        for (String e : errorLog) {
            md.add("- " + e);
        }
        md.add("");

        // heap
        md.add("| minute | heap used MB | live after GC MB | GC pauses ms since last sample | forced full GC ms | CPU % of one core | threads | Hikari active |");
        md.add("|---|---|---|---|---|---|---|---|");
        List<Sample> ss;
        synchronized (samples) {
            ss = new ArrayList<>(samples);
        }
        for (Sample s : ss) {
            md.add(String.format(Locale.ROOT, "| %.2f | %.1f | %.1f | %.0f | %s | %s | %d | %s |", s.minute, s.heapUsedMb, s.liveMb, s.gcMs,
                    Double.isNaN(s.forcedGcMs) ? "" : String.format(Locale.ROOT, "%.0f", s.forcedGcMs),
                    Double.isNaN(s.cpuPercent) ? "" : String.format(Locale.ROOT, "%.0f", s.cpuPercent), s.threads,
                    Double.isNaN(s.hikariActive) ? "" : String.format(Locale.ROOT, "%.0f", s.hikariActive)));
        }
        double half = elapsed / 120.0;
        List<Sample> second = ss.stream().filter(s -> s.minute >= half).toList();
        double slope = slope(second);
        double firstLive = second.isEmpty() ? Double.NaN : second.get(0).liveMb;
        double lastLive = second.isEmpty() ? Double.NaN : second.get(second.size() - 1).liveMb;
        boolean heapOk = second.size() >= 3 && !Double.isNaN(slope) && slope <= maxSlope && second.stream().allMatch(s -> s.liveMb > 0);
        md.add("");
        md.add(String.format(Locale.ROOT, "Live heap over the second half (%d samples from minute %.2f): %.1f MB to %.1f MB, slope %+.3f MB a minute "
                        + "by least squares (threshold %.2f).",
                second.size(), half, firstLive, lastLive, slope, maxSlope));
        boolean pass = errors.get() == 0 && conflicts.get() == 0 && dbOk && heapOk && saved.get() > 0;
        md.add("");
        md.add("**" + (pass ? "PASS" : "FAIL") + "**: errors " + errors.get() + ", conflicts " + conflicts.get()
                + ", updates " + (dbOk ? "all in the database" : "NOT all in the database")
                + ", live heap " + (heapOk ? "flat" : "NOT flat (or too few samples)") + ".");

        String text = String.join("\n", md) + "\n";
        System.out.println();
        System.out.print(text);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text);
            System.out.println("\nWritten to " + out);
        }
        return pass;
    }

    static String row(String name, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "| " + name + " | 0 | | | | |";
        }
        List<Long> l = new ArrayList<>(nanos);
        Collections.sort(l);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, l.size(),
                pct(l, 50), pct(l, 95), pct(l, 99), l.get(l.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    /** Least-squares slope of live heap (MB) against time (minutes). */
    static double slope(List<Sample> s) {
        int n = s.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = s.stream().mapToDouble(Sample::minute).average().orElse(0);
        double my = s.stream().mapToDouble(Sample::liveMb).average().orElse(0);
        double sxy = 0, sxx = 0;
        for (Sample x : s) {
            sxy += (x.minute - mx) * (x.liveMb - my);
            sxx += (x.minute - mx) * (x.minute - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    // ---------------------------------------------------------------- small helpers

    static <T> T pick(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in the page");
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String snippet(String body) {
        if (body == null) {
            return "";
        }
        Matcher title = Pattern.compile("<title>([^<]*)").matcher(body);
        String s = title.find() ? "title “" + title.group(1).strip() + "”" : body.substring(0, Math.min(200, body.length()));
        return s.replaceAll("\\s+", " ");
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%tT " + format + "%n", prepend(new java.util.Date(), args));
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** multipart/form-data as a browser sends the progress form, with the file input left empty. */
    static class Multipart {
        final String boundary = "----SoakBoundary" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart emptyFile(String name) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return body.toByteArray();
        }

        void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
