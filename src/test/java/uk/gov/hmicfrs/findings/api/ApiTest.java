package uk.gov.hmicfrs.findings.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.account.AccessTokenService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ApiTest {

    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    SqlStatementCounter sql;

    final JsonMapper json = JsonMapper.builder().build();

    String tokenFor(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "test");
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblemNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer ft_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
    }

    /** A bearer call is stateless: fifty calls used to leave fifty session rows, each kept 30 minutes. */
    @Test
    void bearerCallsCreateNoSession() throws Exception {
        String token = tokens.create((CurrentUser) users.loadUserByUsername("analyst"), "stateless check");
        long before = jdbc.queryForObject("select count(*) from spring_session", Long.class);
        for (String path : List.of("/api/v1/regions", "/api/v1/findings", "/api/v1/actions", "/api/v1/grades", "/api/v1/nothing-here")) {
            MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn();
            assertThat(result.getResponse().getHeader("Set-Cookie")).as(path).isNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(before);
    }

    @Test
    @Transactional
    void aPersonalAccessTokenAuthenticatesUntilItIsRevoked() throws Exception {
        CurrentUser analyst = (CurrentUser) users.loadUserByUsername("analyst");
        String token = tokens.create(analyst, "reporting");
        // only the hash is stored
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where token_hash = ?", Integer.class,
                token)).isZero();
        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[4].slug").value("west-midlands"));
        long id = tokens.tokens(analyst).get(0).id();
        assertThat(tokens.tokens(analyst).get(0).lastUsedAt()).isNotNull();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithUserDetails("analyst")
    void theBrowserSessionWorksToo() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("region", "west-midlands"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[0].slug").value("rocuwm"))
                .andExpect(jsonPath("$[0].type").value("ROCU"));
        mvc.perform(get("/api/v1/organisations/west-mercia-police")).andExpect(jsonPath("$.code").value("WMERC"));
        // newest first
        mvc.perform(get("/api/v1/inspections")).andExpect(jsonPath("$[0].slug").value(jdbc.queryForObject(
                "select slug from inspection order by published_on desc, id desc limit 1", String.class)));
        mvc.perform(get("/api/v1/inspections/west-midlands-soc-2024")).andExpect(jsonPath("$.publishedOn").value("2024-05-14"));
    }

    @Test
    @WithUserDetails("analyst")
    void judgementsGiveTheSameFiguresAsTheGradeSummary() throws Exception {
        String body = mvc.perform(get("/api/v1/judgements").param("inspection", "west-midlands-soc-2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> grades = new ArrayList<>();
        read(body).forEach(j -> grades.add(j.get("organisation").asString() + "=" + j.get("grade").asString()));
        assertThat(grades).containsExactly("rocuwm=ADEQUATE", "staffordshire-police=REQUIRES_IMPROVEMENT",
                "warwickshire-police=REQUIRES_IMPROVEMENT", "west-mercia-police=INADEQUATE", "west-midlands-police=ADEQUATE");
        Integer inDatabase = jdbc.queryForObject("select count(*) from judgement where grade = 'REQUIRES_IMPROVEMENT'", Integer.class);
        assertThat(grades.stream().filter(g -> g.endsWith("=REQUIRES_IMPROVEMENT"))).hasSize(inDatabase);
    }

    @Test
    @WithUserDetails("inspector")
    void findingsPageThroughEveryFindingOnceInAStableOrderByFollowingTheLinks() throws Exception {
        int total = jdbc.queryForObject("select count(*) from finding where not withdrawn", Integer.class);
        List<String> references = new ArrayList<>();
        String next = "/api/v1/findings?size=20";
        int pages = 0;
        while (next != null) {
            sql.reset();
            JsonNode page = read(mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            // slugs, count, page
            assertThat(sql.count()).isLessThanOrEqualTo(3);
            page.get("items").forEach(item -> references.add(item.get("reference").asString()));
            assertThat(page.get("totalItems").asLong()).isEqualTo(total);
            assertThat(page.get("totalPages").asInt()).isEqualTo((total + 19) / 20);
            if (pages > 0) {
                assertThat(page.get("links").get("prev").asString()).contains("page=" + pages);
            } else {
                assertThat(page.get("links").has("prev")).isFalse();
            }
            next = page.get("links").has("next") ? page.get("links").get("next").asString() : null;
            pages++;
        }
        assertThat(pages).isEqualTo((total + 19) / 20).isGreaterThan(1);
        // report order: oldest inspection first, then the report's own order
        List<String> inDatabase = jdbc.queryForList("select f.reference from finding f join inspection i on i.id = f.inspection_id "
                + "where not f.withdrawn order by i.published_on, i.id, f.position", String.class);
        assertThat(references).containsExactlyElementsOf(inDatabase);

        mvc.perform(get("/api/v1/findings").param("type", "CAUSE_OF_CONCERN").param("organisation", "west-mercia-police")
                        .param("inspection", "west-midlands-soc-2024"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].reference").value("WM-SOC-2024-WMERC-COC-1"))
                .andExpect(jsonPath("$.items[0].recommendations").value(9))
                .andExpect(jsonPath("$.links.self").value("/api/v1/findings?inspection=west-midlands-soc-2024&organisation=west-mercia-police&type=CAUSE_OF_CONCERN&page=1&size=20"));
        mvc.perform(get("/api/v1/findings/WM-SOC-2024-WMERC-COC-1"))
                .andExpect(jsonPath("$.finding.typeLabel").value("Cause of concern"))
                .andExpect(jsonPath("$.recommendations.length()").value(9))
                .andExpect(jsonPath("$.recommendations[0].dueOn").value("2025-01-01"));
    }

    @Test
    @WithUserDetails("analyst")
    void badInputIsA400ProblemNamingTheValue() throws Exception {
        mvc.perform(get("/api/v1/findings").param("region", "atlantis").param("type", "RUMOUR"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/findings").param("region", "atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Select a region from the list"));
        mvc.perform(get("/api/v1/findings").param("from", "2024-06-01").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/findings").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/findings").param("size", "1000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/findings").param("page", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        mvc.perform(get("/api/v1/organisations").param("region", "atlantis")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/judgements").param("organisation", "nobody")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails("analyst")
    void unknownThingsAre404AndAnUnservableAcceptIs406AsProblems() throws Exception {
        mvc.perform(get("/api/v1/findings/NO-SUCH-REFERENCE"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        mvc.perform(get("/api/v1/organisations/nobody")).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/actions/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        mvc.perform(get("/api/v1/regions").accept("text/csv"))
                .andExpect(status().isNotAcceptable())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)))
                .andExpect(content().string(containsString("\"status\":406")));
    }

    @Test
    @WithUserDetails("inspector")
    void actionsComeWithTheirUpdatesAndStatus() throws Exception {
        mvc.perform(get("/api/v1/actions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(jdbc.queryForObject("select count(*) from action", Integer.class)));
        mvc.perform(get("/api/v1/actions").param("organisation", "west-mercia-police"))
                .andExpect(jsonPath("$.totalItems").value(jdbc.queryForObject("select count(*) from action a join organisation o "
                        + "on o.id = a.organisation_id where o.slug = 'west-mercia-police'", Integer.class)))
                .andExpect(jsonPath("$.items[0].reference").value("WM-SOC-2024-WMERC-COC-1-R1"))
                .andExpect(jsonPath("$.items[0].status").value("Overdue"))
                .andExpect(jsonPath("$.items[0].standing").value("OVERDUE"))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[0].updates.length()").value(0))
                .andExpect(jsonPath("$.links.self").value("/api/v1/actions?organisation=west-mercia-police&page=1&size=20"));
    }

    @Test
    @WithUserDetails("analyst")
    void actionsPageThroughEveryActionOnceInIdOrderInThreeStatementsAPage() throws Exception {
        List<Long> inDatabase = jdbc.queryForList("select id from action order by id", Long.class);
        int size = 5;
        int expectedPages = (inDatabase.size() + size - 1) / size;
        assertThat(expectedPages).isGreaterThan(2);
        List<Long> ids = new ArrayList<>();
        String next = "/api/v1/actions?size=" + size;
        int pages = 0;
        while (next != null) {
            sql.reset();
            JsonNode page = read(mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            // count, page, the page's updates: the same whatever the number of actions
            assertThat(sql.count()).isEqualTo(3);
            pages++;
            assertThat(page.get("page").asInt()).isEqualTo(pages);
            assertThat(page.get("size").asInt()).isEqualTo(size);
            assertThat(page.get("totalItems").asLong()).isEqualTo(inDatabase.size());
            assertThat(page.get("totalPages").asInt()).isEqualTo(expectedPages);
            assertThat(page.get("items").size()).isBetween(1, size);
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            JsonNode links = page.get("links");
            assertThat(links.get("first").asString()).isEqualTo("/api/v1/actions?page=1&size=5");
            assertThat(links.get("last").asString()).isEqualTo("/api/v1/actions?page=" + expectedPages + "&size=5");
            if (pages == 1) {
                assertThat(links.has("prev")).isFalse();
            } else {
                assertThat(links.get("prev").asString()).isEqualTo("/api/v1/actions?page=" + (pages - 1) + "&size=5");
            }
            next = links.has("next") ? links.get("next").asString() : null;
        }
        assertThat(pages).isEqualTo(expectedPages);
        // the last page: no next link, and the rest of the actions
        assertThat(ids).containsExactlyElementsOf(inDatabase);

        // a force's actions: one more statement, to check the organisation slug
        sql.reset();
        mvc.perform(get("/api/v1/actions").param("organisation", "west-mercia-police").param("size", "2").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].reference").value("WM-SOC-2024-WMERC-COC-1-R3"))
                .andExpect(jsonPath("$.links.prev").value("/api/v1/actions?organisation=west-mercia-police&page=1&size=2"))
                .andExpect(jsonPath("$.links.next").value("/api/v1/actions?organisation=west-mercia-police&page=3&size=2"));
        assertThat(sql.count()).isEqualTo(4);

        // past the end: an empty page that still says how many there are and links back
        sql.reset();
        mvc.perform(get("/api/v1/actions").param("page", "1000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(inDatabase.size()))
                .andExpect(jsonPath("$.links.next").doesNotExist())
                .andExpect(jsonPath("$.links.prev").value("/api/v1/actions?page=" + ((inDatabase.size() + 19) / 20) + "&size=20"));
        assertThat(sql.count()).isEqualTo(1);
        // the largest page allowed
        mvc.perform(get("/api/v1/actions").param("size", String.valueOf(ApiService.MAX_PAGE_SIZE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(Math.min(inDatabase.size(), ApiService.MAX_PAGE_SIZE)));
    }

    @Test
    @WithUserDetails("analyst")
    void badActionPagingIsA400ProblemNamingTheValueNotA500() throws Exception {
        for (String[] bad : List.of(new String[] {"page", "0"}, new String[] {"page", "-3"}, new String[] {"size", "0"},
                new String[] {"size", String.valueOf(ApiService.MAX_PAGE_SIZE + 1)})) {
            mvc.perform(get("/api/v1/actions").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", startsWith(PROBLEM)))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
        mvc.perform(get("/api/v1/actions").param("size", "100000"))
                .andExpect(jsonPath("$.detail").value("Size must be between 1 and 200"));
        for (String[] bad : List.of(new String[] {"page", "two"}, new String[] {"size", "99999999999"})) {
            mvc.perform(get("/api/v1/actions").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        }
        mvc.perform(get("/api/v1/actions").param("organisation", "nobody"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
    }

    @Autowired
    ApiQueries queries;

    @Test
    @Transactional
    void theUpdatesOfManyActionsBindOneArrayParameterNotOneParameterAnId() {
        long id = westMerciaAction();
        jdbc.update("""
                insert into progress_update (action_id, author_id, status_before, status_after, narrative)
                select ?, u.id, 'NOT_STARTED', 'IN_PROGRESS', 'Array binding check' from app_user u where u.username = 'lead.westmercia'
                """, id);
        // "in (:ids)" bound one parameter an id, and PostgreSQL's driver refuses more than 65,535
        List<Long> ids = new ArrayList<>(java.util.stream.LongStream.rangeClosed(id - 35_000, id + 35_000).boxed().toList());
        long withUpdates = jdbc.queryForObject("select count(distinct action_id) from progress_update where action_id between ? and ?",
                Long.class, id - 35_000, id + 35_000);
        sql.reset();
        Map<Long, List<ApiRecords.ProgressUpdate>> updates = queries.updates(ids);
        assertThat(sql.count()).isEqualTo(1);
        assertThat(updates).hasSize((int) withUpdates).containsKey(id);
        assertThat(updates.get(id)).extracting(ApiRecords.ProgressUpdate::narrative).contains("Array binding check");
        assertThat(queries.updates(List.of())).isEmpty();
    }

    long westMerciaAction() {
        return jdbc.queryForObject("select a.id from action a join recommendation r on r.id = a.recommendation_id "
                + "where r.reference = 'WM-SOC-2024-WMERC-COC-1-R3'", Long.class);
    }

    @Test
    @Transactional
    void aForceLeadReportsProgressWithABearerTokenUnderThePagesRules() throws Exception {
        long id = westMerciaAction();
        String lead = tokenFor("lead.westmercia");
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"status\": \"IN_PROGRESS\", \"narrative\": \"Plan agreed with ‘partners’.\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/actions/" + id))
                .andExpect(jsonPath("$.statusBefore").value("NOT_STARTED"))
                .andExpect(jsonPath("$.statusAfter").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.narrative").value("Plan agreed with ‘partners’."));
        mvc.perform(get("/api/v1/actions/{id}", id).header("Authorization", "Bearer " + lead))
                .andExpect(jsonPath("$.forceStatus").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updates.length()").value(1));
        // a stale version: refused, nothing saved
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + lead)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"narrative\": \"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        // narrative required
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + lead)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"narrative\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("narrative"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter what has been done"));
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + lead)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"status\": \"FINISHED\", \"narrative\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + lead)
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        // another force's lead, and an analyst, may not
        for (String other : List.of("lead.staffordshire", "analyst")) {
            mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", "Bearer " + tokenFor(other))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"narrative\": \"Not mine\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        }
        assertThat(jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    @Transactional
    @WithUserDetails("lead.westmercia")
    void aSessionWriteNeedsTheCsrfToken() throws Exception {
        long id = westMerciaAction();
        mvc.perform(post("/api/v1/actions/{id}/updates", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"narrative\": \"From the browser\"}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", startsWith(PROBLEM)));
        mvc.perform(post("/api/v1/actions/{id}/updates", id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"narrative\": \"From the browser\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    @WithUserDetails("analyst")
    void theOpenApiDocumentParsesAndDescribesEveryEndpointParameterAndError() throws Exception {
        JsonNode doc = read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/v1/regions", "/api/v1/organisations", "/api/v1/organisations/{slug}",
                "/api/v1/inspections", "/api/v1/inspections/{slug}", "/api/v1/judgements", "/api/v1/findings",
                "/api/v1/findings/{reference}", "/api/v1/actions", "/api/v1/actions/{id}", "/api/v1/actions/{id}/updates");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().properties().forEach(operation -> {
                JsonNode op = operation.getValue();
                String name = operation.getKey() + " " + path.getKey();
                assertThat(op.get("summary")).as(name).isNotNull();
                assertThat(op.get("responses").has("401")).as(name).isTrue();
                assertThat(op.get("responses").has("403")).as(name).isTrue();
                assertThat(op.get("responses").has("406")).as(name).isTrue();
                if (op.has("parameters")) {
                    op.get("parameters").forEach(p -> assertThat(p.get("description")).as(name + " " + p.get("name")).isNotNull());
                    assertThat(op.get("responses").has("400") || op.get("responses").has("404")).as(name).isTrue();
                }
            });
        }
        assertThat(doc.get("paths").get("/api/v1/findings").get("get").get("parameters")).hasSize(11);
        List<String> actionParameters = new ArrayList<>();
        doc.get("paths").get("/api/v1/actions").get("get").get("parameters").forEach(p -> actionParameters.add(p.get("name").asString()));
        assertThat(actionParameters).containsExactly("organisation", "page", "size");
        assertThat(doc.get("paths").get("/api/v1/actions").get("get").get("responses").has("400")).isTrue();
        assertThat(doc.get("paths").get("/api/v1/actions/{id}/updates").get("post").get("responses").has("409")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiNeedSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
