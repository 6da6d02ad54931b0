package uk.gov.hmicfrs.findings.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what, for every endpoint the application has. The endpoints are discovered from
 * Spring MVC, so a new endpoint that is not in {@link #matrix()} fails the build until someone
 * decides who may use it. Every refused write is checked to have changed nothing.
 * <p>
 * Outcomes: 200 shown, 302 redirected (to sign-in for anonymous users, or after a successful
 * write), 403 refused. Runs in one rolled-back transaction, so successful writes leave no trace.
 * A refused write must change no table at all; an allowed one must change one, which shows that the
 * probe really writes and that the snapshot sees it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AuthorisationMatrixTest {

    enum Who { ANONYMOUS, INSPECTOR, ANALYST, ADMIN, OWNER_LEAD, OTHER_LEAD }

    /** Expected status for anonymous, inspector, analyst, admin, lead of the owning force, lead of another force. */
    record Expect(int anonymous, int inspector, int analyst, int admin, int ownerLead, int otherLead) {
        int of(Who who) {
            return switch (who) {
                case ANONYMOUS -> anonymous;
                case INSPECTOR -> inspector;
                case ANALYST -> analyst;
                case ADMIN -> admin;
                case OWNER_LEAD -> ownerLead;
                case OTHER_LEAD -> otherLead;
            };
        }
    }

    static final Expect EVERYONE_SIGNED_IN = new Expect(302, 200, 200, 200, 200, 200);
    static final Expect PUBLIC = new Expect(200, 200, 200, 200, 200, 200);

    /** How to call an endpoint; null means "listed but not probed", with the reason. */
    record Endpoint(Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, Expect expect, String notProbedBecause) {
        static Endpoint probe(Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, Expect expect) {
            return new Endpoint(request, expect, null);
        }
    }

    /** Rows the requests need, created inside the test transaction. */
    record Fixture(JdbcTemplate jdbc, long action, long otherForceAction, long evidence, long targetUser,
                   long westMercia) {
        int actionVersion() {
            return ProgressTestData.version(jdbc, action);
        }

        int userVersion() {
            return jdbc.queryForObject("select version from app_user where id = ?", Integer.class, targetUser);
        }
    }

    static Map<String, Endpoint> matrix() {
        Map<String, Endpoint> m = new LinkedHashMap<>();
        Expect adminOnly = new Expect(302, 403, 403, 200, 403, 403);
        Expect adminWrite = new Expect(302, 403, 403, 302, 403, 403);
        Expect inspectorOnly = new Expect(302, 200, 403, 403, 403, 403);
        Expect inspectorWrite = new Expect(302, 302, 403, 403, 403, 403);

        // reading the inspection reports: everyone signed in
        m.put("GET /", Endpoint.probe(f -> get("/"), EVERYONE_SIGNED_IN));
        m.put("GET /login", Endpoint.probe(f -> get("/login"), PUBLIC));
        m.put("GET /accessibility", Endpoint.probe(f -> get("/accessibility"), PUBLIC));
        m.put("GET /search", Endpoint.probe(f -> get("/search").param("q", "4P plans"), EVERYONE_SIGNED_IN));
        m.put("GET /regions/{slug}", Endpoint.probe(f -> get("/regions/west-midlands"), EVERYONE_SIGNED_IN));
        m.put("GET /organisations/{slug}", Endpoint.probe(f -> get("/organisations/west-mercia-police"), EVERYONE_SIGNED_IN));
        m.put("GET /inspections/{slug}", Endpoint.probe(f -> get("/inspections/" + f.jdbc().queryForObject(
                "select slug from inspection order by id limit 1", String.class)), EVERYONE_SIGNED_IN));
        m.put("GET /findings/{reference}", Endpoint.probe(f -> get("/findings/WM-SOC-2024-WMERC-COC-1"), EVERYONE_SIGNED_IN));
        m.put("ANY /error", new Endpoint(null, null, "Boot's error page, rendered by the container for other responses"));

        // progress tracking
        m.put("GET /actions/{id}", Endpoint.probe(f -> get("/actions/" + f.action()), EVERYONE_SIGNED_IN));
        m.put("GET /actions/awaiting-assessment", Endpoint.probe(f -> get("/actions/awaiting-assessment"),
                new Expect(302, 200, 200, 200, 403, 403)));
        m.put("GET /my-actions", Endpoint.probe(f -> get("/my-actions"), new Expect(302, 403, 403, 403, 200, 200)));
        m.put("GET /actions/{id}/progress", Endpoint.probe(f -> get("/actions/" + f.action() + "/progress"),
                new Expect(302, 403, 403, 403, 200, 403)));
        m.put("POST /actions/{id}/progress", Endpoint.probe(f -> multipart("/actions/" + f.action() + "/progress")
                        .file(new MockMultipartFile("files", "plan.pdf", "application/pdf", ProgressTestData.pdf()))
                        .param("version", String.valueOf(f.actionVersion()))
                        .param("status", "COMPLETED").param("narrative", "Matrix update"),
                new Expect(302, 403, 403, 403, 302, 403)));
        m.put("GET /actions/{id}/assessment", Endpoint.probe(f -> get("/actions/" + f.action() + "/assessment"), inspectorOnly));
        m.put("POST /actions/{id}/assessment", Endpoint.probe(f -> post("/actions/" + f.action() + "/assessment")
                .param("version", String.valueOf(f.actionVersion())).param("outcome", "PARTIALLY_MET"), inspectorWrite));
        m.put("GET /actions/{id}/due-date", Endpoint.probe(f -> get("/actions/" + f.action() + "/due-date"), inspectorOnly));
        m.put("POST /actions/{id}/due-date", Endpoint.probe(f -> post("/actions/" + f.action() + "/due-date")
                .param("version", String.valueOf(f.actionVersion())).param("dueOnDay", "1").param("dueOnMonth", "9")
                .param("dueOnYear", "2026").param("reason", "Matrix"), inspectorWrite));
        m.put("GET /evidence/{id}", Endpoint.probe(f -> get("/evidence/" + f.evidence()), new Expect(302, 200, 200, 200, 200, 403)));

        // administration
        m.put("GET /admin/audit", Endpoint.probe(f -> get("/admin/audit"), adminOnly));
        m.put("GET /admin/users", Endpoint.probe(f -> get("/admin/users"), adminOnly));
        m.put("GET /admin/users/new", Endpoint.probe(f -> get("/admin/users/new"), adminOnly));
        m.put("POST /admin/users", Endpoint.probe(f -> post("/admin/users").param("username", "matrix.created")
                .param("displayName", "Matrix").param("role", "ANALYST").param("password", "violet harbour lantern"), adminWrite));
        m.put("GET /admin/users/{id}", Endpoint.probe(f -> get("/admin/users/" + f.targetUser()), adminOnly));
        m.put("POST /admin/users/{id}", Endpoint.probe(f -> post("/admin/users/" + f.targetUser())
                .param("version", String.valueOf(f.userVersion())).param("displayName", "Matrix renamed")
                .param("role", "FORCE_LEAD").param("organisationId", String.valueOf(f.westMercia())), adminWrite));
        m.put("POST /admin/users/{id}/active", Endpoint.probe(f -> post("/admin/users/" + f.targetUser() + "/active")
                .param("active", "false"), adminWrite));
        m.put("GET /admin/users/{id}/password", Endpoint.probe(f -> get("/admin/users/" + f.targetUser() + "/password"), adminOnly));
        m.put("POST /admin/users/{id}/password", Endpoint.probe(f -> post("/admin/users/" + f.targetUser() + "/password")
                .param("password", "fresh riverside compass"), adminWrite));

        // themes: everyone reads them, administrators manage the list
        m.put("GET /themes", Endpoint.probe(f -> get("/themes"), EVERYONE_SIGNED_IN));
        m.put("GET /themes/{slug}", Endpoint.probe(f -> get("/themes/4p-plans"), EVERYONE_SIGNED_IN));
        m.put("GET /themes/regions/{regionSlug}", Endpoint.probe(f -> get("/themes/regions/west-midlands"), EVERYONE_SIGNED_IN));
        m.put("GET /admin/themes", Endpoint.probe(f -> get("/admin/themes"), adminOnly));
        m.put("POST /admin/themes", Endpoint.probe(f -> post("/admin/themes").param("name", "Matrix theme"), adminWrite));
        m.put("GET /admin/themes/{slug}/edit", Endpoint.probe(f -> get("/admin/themes/4p-plans/edit"), adminOnly));
        m.put("POST /admin/themes/{slug}", Endpoint.probe(f -> post("/admin/themes/local-profiles").param("name", "Local profiles")
                .param("description", "Matrix").param("version", String.valueOf(f.jdbc().queryForObject(
                        "select version from theme where slug = 'local-profiles'", Integer.class))), adminWrite));

        // authoring: inspectors only
        String wm = "/inspections/west-midlands-soc-2024";
        m.put("GET /inspections/new", Endpoint.probe(f -> get("/inspections/new"), inspectorOnly));
        m.put("POST /inspections/new", Endpoint.probe(f -> post("/inspections/new").param("title", "Matrix inspection")
                .param("slug", "matrix-inspection").param("referencePrefix", "MATRIX-1").param("publishedOnDay", "1")
                .param("publishedOnMonth", "2").param("publishedOnYear", "2026").param("kind", "PEEL").param("source", "x"),
                inspectorWrite));
        m.put("GET /inspections/{slug}/manage", Endpoint.probe(f -> get(wm + "/manage"), inspectorOnly));
        m.put("GET /inspections/{slug}/edit", Endpoint.probe(f -> get(wm + "/edit"), inspectorOnly));
        m.put("POST /inspections/{slug}/edit", Endpoint.probe(f -> post(wm + "/edit")
                .param("title", "An inspection of the West Midlands regional response to serious and organised crime")
                .param("slug", "west-midlands-soc-2024").param("referencePrefix", "WM-SOC-2024").param("publishedOnDay", "14")
                .param("publishedOnMonth", "5").param("publishedOnYear", "2024").param("kind", "REGIONAL_SOC")
                .param("regionSlug", "west-midlands").param("source", "x")
                .param("version", String.valueOf(f.jdbc().queryForObject(
                        "select version from inspection where slug = 'west-midlands-soc-2024'", Integer.class))), inspectorWrite));
        m.put("GET /inspections/{slug}/judgements/new", Endpoint.probe(f -> get(wm + "/judgements/new"), inspectorOnly));
        m.put("POST /inspections/{slug}/judgements/new", Endpoint.probe(f -> post(wm + "/judgements/new")
                .param("organisationId", String.valueOf(f.jdbc().queryForObject(
                        "select id from organisation where slug = 'kent-police'", Long.class)))
                .param("grade", "GOOD").param("sentence", "Matrix"), inspectorWrite));
        m.put("GET /inspections/{slug}/judgements/{id}/edit", Endpoint.probe(f -> get(wm + "/judgements/"
                + judgement(f) + "/edit"), inspectorOnly));
        m.put("POST /inspections/{slug}/judgements/{id}/edit", Endpoint.probe(f -> post(wm + "/judgements/" + judgement(f) + "/edit")
                .param("organisationId", "0").param("grade", "INADEQUATE").param("sentence", "Matrix")
                .param("version", String.valueOf(f.jdbc().queryForObject(
                        "select version from judgement where id = ?", Integer.class, judgement(f)))), inspectorWrite));
        m.put("GET /inspections/{slug}/findings/new", Endpoint.probe(f -> get(wm + "/findings/new"), inspectorOnly));
        m.put("POST /inspections/{slug}/findings/new", Endpoint.probe(f -> post(wm + "/findings/new").param("section", "TACKLING")
                .param("type", "OBSERVATION").param("title", "Matrix finding").param("body", "Matrix"), inspectorWrite));
        m.put("GET /findings/{reference}/edit", Endpoint.probe(f -> get("/findings/WM-SOC-2024-WMP-OBS-4/edit"), inspectorOnly));
        m.put("POST /findings/{reference}/edit", Endpoint.probe(f -> post("/findings/WM-SOC-2024-WMP-OBS-4/edit")
                .param("section", "RESOURCES").param("type", "OBSERVATION").param("title", "Matrix title").param("body", "Matrix")
                .param("organisationId", String.valueOf(f.jdbc().queryForObject(
                        "select id from organisation where code = 'WMP'", Long.class)))
                .param("version", String.valueOf(findingVersion(f, "WM-SOC-2024-WMP-OBS-4"))), inspectorWrite));
        m.put("POST /findings/{reference}/withdraw", Endpoint.probe(f -> post("/findings/WM-SOC-2024-WMP-OBS-5/withdraw")
                .param("version", String.valueOf(findingVersion(f, "WM-SOC-2024-WMP-OBS-5"))), inspectorWrite));
        m.put("GET /findings/{reference}/recommendations/new", Endpoint.probe(f -> get("/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new"),
                inspectorOnly));
        m.put("POST /findings/{reference}/recommendations/new", Endpoint.probe(f -> post("/findings/WM-SOC-2024-WMERC-COC-1/recommendations/new")
                .param("organisationId", String.valueOf(f.westMercia())).param("leadIn", "By then:").param("text", "Matrix"),
                inspectorWrite));
        m.put("GET /recommendations/{reference}/edit", Endpoint.probe(f -> get("/recommendations/WM-SOC-2024-WMERC-COC-1-R1/edit"),
                inspectorOnly));
        m.put("POST /recommendations/{reference}/edit", Endpoint.probe(f -> post("/recommendations/WM-SOC-2024-WMERC-COC-1-R9/edit")
                .param("organisationId", String.valueOf(f.westMercia())).param("leadIn", "By then:").param("text", "Matrix")
                .param("dueOnDay", "1").param("dueOnMonth", "1").param("dueOnYear", "2025")
                .param("version", String.valueOf(f.jdbc().queryForObject(
                        "select version from recommendation where reference = 'WM-SOC-2024-WMERC-COC-1-R9'", Integer.class))),
                inspectorWrite));
        m.put("GET /findings/{reference}/repeat", Endpoint.probe(f -> get("/findings/WM-SOC-2024-WARKS-AFI-1/repeat"), inspectorOnly));
        m.put("POST /findings/{reference}/repeat", Endpoint.probe(f -> post("/findings/WM-SOC-2024-WARKS-AFI-1/repeat")
                .param("repeatsReference", "WARKS-PEEL-2018-WARKS-AFI-2")
                .param("version", String.valueOf(findingVersion(f, "WM-SOC-2024-WARKS-AFI-1"))), inspectorWrite));
        m.put("GET /inspections/import", Endpoint.probe(f -> get("/inspections/import"), inspectorOnly));
        m.put("POST /inspections/import", Endpoint.probe(f -> multipart("/inspections/import").file(new MockMultipartFile(
                "file", "revisit.json", "application/json", readExample())), inspectorWrite));

        // a user's own account
        m.put("GET /account/password", Endpoint.probe(f -> get("/account/password"), EVERYONE_SIGNED_IN));
        m.put("POST /account/password", Endpoint.probe(f -> post("/account/password").param("currentPassword", "demo-password")
                .param("newPassword", "fresh riverside compass").param("confirmPassword", "fresh riverside compass"),
                new Expect(302, 302, 302, 302, 302, 302)));
        // grade summary, downloads (analyst): everyone reads; force leads download only their own actions
        Expect exportAll = new Expect(302, 200, 200, 200, 403, 403);
        m.put("GET /grades", Endpoint.probe(f -> get("/grades"), EVERYONE_SIGNED_IN));
        m.put("GET /grades/organisations/{slug}", Endpoint.probe(f -> get("/grades/organisations/west-mercia-police"), EVERYONE_SIGNED_IN));
        m.put("GET /exports", Endpoint.probe(f -> get("/exports"), EVERYONE_SIGNED_IN));
        m.put("GET /exports/grades.csv", Endpoint.probe(f -> get("/exports/grades.csv"), exportAll));
        m.put("GET /exports/grades.xlsx", Endpoint.probe(f -> get("/exports/grades.xlsx"), exportAll));
        m.put("GET /exports/findings.csv", Endpoint.probe(f -> get("/exports/findings.csv"), exportAll));
        m.put("GET /exports/findings.xlsx", Endpoint.probe(f -> get("/exports/findings.xlsx"), exportAll));
        m.put("GET /exports/actions.csv", Endpoint.probe(f -> get("/exports/actions.csv").param("organisation", "west-mercia-police"),
                new Expect(302, 200, 200, 200, 200, 403)));
        m.put("GET /exports/actions.xlsx", Endpoint.probe(f -> get("/exports/actions.xlsx").param("organisation", "west-mercia-police"),
                new Expect(302, 200, 200, 200, 200, 403)));

        // personal access tokens: a user's own
        m.put("GET /account/tokens", Endpoint.probe(f -> get("/account/tokens"), EVERYONE_SIGNED_IN));
        m.put("POST /account/tokens", Endpoint.probe(f -> post("/account/tokens").param("name", "Matrix"),
                new Expect(302, 302, 302, 302, 302, 302)));
        m.put("POST /account/tokens/{id}/revoke", Endpoint.probe(f -> post("/account/tokens/" + f.jdbc().queryForObject("""
                insert into personal_access_token (user_id, name, token_hash, token_hint)
                select id, 'analyst''s', md5(random()::text) || md5(random()::text), 'xxxx' from app_user where username = 'analyst'
                returning id""", Long.class) + "/revoke"), new Expect(302, 403, 302, 403, 403, 403)));

        // the JSON API: 401 problem instead of a redirect; the one write as on the pages
        Expect api = new Expect(401, 200, 200, 200, 200, 200);
        for (String path : List.of("/api/v1/regions", "/api/v1/organisations", "/api/v1/inspections", "/api/v1/judgements",
                "/api/v1/findings", "/api/v1/actions")) {
            m.put("GET " + path, Endpoint.probe(f -> get(path), api));
        }
        m.put("GET /api/v1/organisations/{slug}", Endpoint.probe(f -> get("/api/v1/organisations/west-mercia-police"), api));
        m.put("GET /api/v1/inspections/{slug}", Endpoint.probe(f -> get("/api/v1/inspections/west-midlands-soc-2024"), api));
        m.put("GET /api/v1/findings/{reference}", Endpoint.probe(f -> get("/api/v1/findings/WM-SOC-2024-WMERC-COC-1"), api));
        m.put("GET /api/v1/actions/{id}", Endpoint.probe(f -> get("/api/v1/actions/" + f.action()), api));
        m.put("POST /api/v1/actions/{id}/updates", Endpoint.probe(f -> post("/api/v1/actions/" + f.action() + "/updates")
                        .contentType("application/json")
                        .content("{\"version\": " + f.actionVersion() + ", \"narrative\": \"Matrix update by API\"}"),
                new Expect(401, 403, 403, 403, 201, 403)));
        // its OpenAPI document and Swagger UI (springdoc): behind sign-in; swagger-ui.html redirects to the UI's files
        m.put("GET /v3/api-docs", Endpoint.probe(f -> get("/v3/api-docs"), EVERYONE_SIGNED_IN));
        m.put("GET /v3/api-docs.yaml", Endpoint.probe(f -> get("/v3/api-docs.yaml"), EVERYONE_SIGNED_IN));
        m.put("GET /v3/api-docs/swagger-config", Endpoint.probe(f -> get("/v3/api-docs/swagger-config"), EVERYONE_SIGNED_IN));
        m.put("GET /swagger-ui.html", Endpoint.probe(f -> get("/swagger-ui.html"), new Expect(302, 302, 302, 302, 302, 302)));
        return m;
    }

    static long judgement(Fixture f) {
        return f.jdbc().queryForObject("""
                select j.id from judgement j join organisation o on o.id = j.organisation_id
                join inspection i on i.id = j.inspection_id
                where o.code = 'WMERC' and i.slug = 'west-midlands-soc-2024'""", Long.class);
    }

    static int findingVersion(Fixture f, String reference) {
        return f.jdbc().queryForObject("select version from finding where reference = ?", Integer.class, reference);
    }

    static byte[] readExample() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/west-mercia-soc-revisit-2025.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    Fixture fixture;

    @BeforeEach
    void createRows() {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        long otherForceAction = jdbc.queryForObject("""
                select a.id from action a join organisation o on o.id = a.organisation_id
                where o.slug = 'warwickshire-police' order by a.id limit 1""", Long.class);
        long lead = jdbc.queryForObject("select id from app_user where username = 'lead.westmercia'", Long.class);
        long update = jdbc.queryForObject("""
                insert into progress_update (action_id, author_id, status_before, status_after, narrative)
                values (?, ?, 'NOT_STARTED', 'NOT_STARTED', 'Matrix fixture') returning id""", Long.class, action, lead);
        long evidence = jdbc.queryForObject("""
                insert into evidence (progress_update_id, kind, file_name, content_type, size_bytes, content, sha256)
                values (?, 'FILE', 'fixture.pdf', 'application/pdf', 4, '\\x25504446'::bytea, 'x') returning id""", Long.class, update);
        long targetUser = jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, role)
                values ('matrix.target', 'Matrix target', '{noop}unused-password', 'ANALYST') returning id""", Long.class);
        long westMercia = jdbc.queryForObject("select id from organisation where slug = 'west-mercia-police'", Long.class);
        fixture = new Fixture(jdbc, action, otherForceAction, evidence, targetUser, westMercia);
    }

    @Test
    void everyEndpointIsInTheMatrixAndEveryMatrixEntryIsAnEndpoint() {
        TreeSet<String> discovered = discoveredEndpoints();
        TreeSet<String> listed = new TreeSet<>(matrix().keySet());
        TreeSet<String> missing = new TreeSet<>(discovered);
        missing.removeAll(listed);
        TreeSet<String> stale = new TreeSet<>(listed);
        stale.removeAll(discovered);
        assertThat(missing).as("endpoints with no row in the authorisation matrix: decide who may use them").isEmpty();
        assertThat(stale).as("matrix rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyoneGetsExactlyTheExpectedOutcomeAndRefusedWritesChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Endpoint> row : matrix().entrySet()) {
            Endpoint endpoint = row.getValue();
            if (endpoint.request() == null) {
                continue;
            }
            boolean write = !row.getKey().startsWith("GET ");
            for (Who who : Who.values()) {
                // built first: building some requests inserts the row they act on
                AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(fixture);
                Map<String, String> before = write ? snapshot() : null;
                int status = perform(request, who, write);
                int expected = endpoint.expect().of(who);
                if (status != expected) {
                    failures.add(row.getKey() + " as " + who + ": expected " + expected + " but was " + status);
                }
                List<String> changed = write ? changedTables(before) : List.of();
                if (write && refused(who, status)) {
                    changed.forEach(table -> failures.add(row.getKey() + " as " + who + ": refused, but table " + table + " changed"));
                }
                // so the probe is a real write, and the snapshot sees what it writes
                if (write && who != Who.ANONYMOUS && (status == 302 || status == 201) && changed.isEmpty()) {
                    failures.add(row.getKey() + " as " + who + ": allowed, but no table changed");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A form sent with errors is refused like a valid one: the refusal comes before the form is checked
     * (some of these pages once checked the role only after the form, or never, when it had errors).
     */
    static Map<String, InvalidForm> invalidForms() {
        Map<String, InvalidForm> m = new LinkedHashMap<>();
        String wm = "/inspections/west-midlands-soc-2024";
        m.put("POST /admin/themes without a name", new InvalidForm(f -> post("/admin/themes").param("name", ""), Who.ADMIN));
        m.put("POST /admin/themes/{slug} without a name", new InvalidForm(f -> post("/admin/themes/local-profiles")
                .param("name", "").param("version", "0"), Who.ADMIN));
        m.put("POST /admin/users without a username", new InvalidForm(f -> post("/admin/users").param("username", "")
                .param("displayName", "").param("role", "ANALYST").param("password", ""), Who.ADMIN));
        m.put("POST /inspections/import without a file", new InvalidForm(f -> multipart("/inspections/import"), Who.INSPECTOR));
        m.put("POST /inspections/new without a date", new InvalidForm(f -> post("/inspections/new").param("title", "Matrix")
                .param("slug", "matrix-invalid").param("referencePrefix", "MATRIX-2").param("kind", "PEEL")
                .param("source", "x"), Who.INSPECTOR));
        m.put("POST /inspections/{slug}/findings/new without a title", new InvalidForm(f -> post(wm + "/findings/new")
                .param("section", "TACKLING").param("type", "OBSERVATION").param("title", "").param("body", ""), Who.INSPECTOR));
        m.put("POST /findings/{reference}/repeat with a version that is no number", new InvalidForm(f ->
                post("/findings/WM-SOC-2024-WARKS-AFI-1/repeat").param("repeatsReference", "").param("version", "x"), Who.INSPECTOR));
        m.put("POST /actions/{id}/assessment without an outcome", new InvalidForm(f -> post("/actions/" + f.action() + "/assessment")
                .param("version", String.valueOf(f.actionVersion())), Who.INSPECTOR));
        m.put("POST /actions/{id}/due-date without a date", new InvalidForm(f -> post("/actions/" + f.action() + "/due-date")
                .param("version", String.valueOf(f.actionVersion())).param("reason", "Matrix"), Who.INSPECTOR));
        m.put("POST /actions/{id}/progress without a narrative", new InvalidForm(f -> multipart("/actions/" + f.action() + "/progress")
                .param("version", String.valueOf(f.actionVersion())).param("narrative", ""), Who.OWNER_LEAD));
        return m;
    }

    /** @param allowed the one kind of user the form is for: shown the form again, anyone else refused */
    record InvalidForm(Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, Who allowed) {
    }

    @Test
    void aFormWithErrorsIsRefusedToThoseItIsNotForAndChangesNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, InvalidForm> row : invalidForms().entrySet()) {
            for (Who who : Who.values()) {
                AbstractMockHttpServletRequestBuilder<?> request = row.getValue().request().apply(fixture);
                Map<String, String> before = snapshot();
                int status = perform(request, who, true);
                if (who == row.getValue().allowed()) {
                    if (status == 403 || status >= 500 || (status >= 300 && status < 400)) {
                        failures.add(row.getKey() + " as " + who + ": expected the form again, but was " + status);
                    }
                } else if (status != (who == Who.ANONYMOUS ? 302 : 403)) {
                    failures.add(row.getKey() + " as " + who + ": expected a refusal, but was " + status);
                }
                changedTables(before).forEach(table -> failures.add(row.getKey() + " as " + who + ": table " + table + " changed"));
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Every table a write could touch, from the database itself, so that a new table is covered
     * without anyone remembering to add it. Left out, with the reason: only these.
     */
    static final Map<String, String> NOT_IN_SNAPSHOT = Map.of(
            "flyway_schema_history", "the migrations' own record",
            "spring_session", "sessions, which any request may save, whoever it is",
            "spring_session_attributes", "sessions, which any request may save, whoever it is");

    @Test
    void theSnapshotCoversEveryTableAWriteCanTouch() {
        List<String> tables = tables();
        assertThat(tables).as("tables left out of the snapshot exist").containsAll(NOT_IN_SNAPSHOT.keySet());
        // the tables the migrations create that the application's writes can touch
        assertThat(snapshot().keySet()).containsAll(List.of("inspection", "judgement", "passage", "key_figure", "finding",
                "finding_theme", "recommendation", "recommendation_theme", "theme", "report_import", "action",
                "progress_update", "evidence", "assessment", "app_user", "personal_access_token", "audit_event",
                "organisation", "region"));
        Map<String, String> before = snapshot();
        jdbc.update("update finding set withdrawn = true where reference = 'WM-SOC-2024-WMP-OBS-5'");
        jdbc.update("delete from finding_theme where finding_id = (select min(finding_id) from finding_theme)");
        assertThat(changedTables(before)).containsExactlyInAnyOrder("finding", "finding_theme");
    }

    private int perform(AbstractMockHttpServletRequestBuilder<?> request, Who who, boolean write) throws Exception {
        if (write) {
            request.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(userDetails.loadUserByUsername(username(who))));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Refused: 403, or for someone not signed in the sign-in redirect (pages) or a 401 (the API). */
    private static boolean refused(Who who, int status) {
        return status == 403 || (who == Who.ANONYMOUS && (status == 302 || status == 401));
    }

    private static String username(Who who) {
        return switch (who) {
            case INSPECTOR -> "inspector";
            case ANALYST -> "analyst";
            case ADMIN -> "admin";
            case OWNER_LEAD -> "lead.westmercia";
            case OTHER_LEAD -> "lead.warwickshire";
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    private List<String> tables() {
        // pg_tables, not information_schema: the latter lists only tables the runtime role holds grants on
        return jdbc.queryForList("""
                select tablename from pg_tables where schemaname = current_schema() order by tablename""", String.class);
    }

    /**
     * Each table's rows (every column), as a count and a sum of row hashes (no sort, so cheap enough to
     * take twice for every write), in one statement. A refused write by a
     * signed-in user adds a WRITE_REFUSED audit event (see RefusedWriteInterceptor), which is the one
     * permitted trace.
     */
    private Map<String, String> snapshot() {
        String sql = tables().stream().filter(table -> !NOT_IN_SNAPSHOT.containsKey(table))
                .map(table -> "select '" + table + "', count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0)"
                        + " from " + table + " t" + ("audit_event".equals(table) ? " where t.action <> 'WRITE_REFUSED'" : ""))
                .collect(java.util.stream.Collectors.joining(" union all "));
        Map<String, String> snapshot = new java.util.TreeMap<>();
        jdbc.query(sql, (java.sql.ResultSet rs) -> {
            snapshot.put(rs.getString(1), rs.getString(2));
        });
        return snapshot;
    }

    private List<String> changedTables(Map<String, String> before) {
        Map<String, String> after = snapshot();
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private TreeSet<String> discoveredEndpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }
}
