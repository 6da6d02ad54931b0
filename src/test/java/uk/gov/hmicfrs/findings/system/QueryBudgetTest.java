package uk.gov.hmicfrs.findings.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every signed-in page that reads data runs the same number of SQL statements on many times the
 * seed data as on the seed alone: no page's statement count grows with the data (no N+1).
 * <p>
 * One transactional test, rolled back at the end so that other test classes see only the seed:
 * measure every page on the seed, add the data of query-budget-data.sql with plain SQL, measure
 * again. MockMvc runs each request on the test thread, so the pages' read-only service
 * transactions join the test's transaction and read its uncommitted rows (asserted below). Each
 * page must also show something of the new data, which proves it read the bigger data set.
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueryBudgetTest {

    /** Sanity ceiling for any page: a page that needs more should be redesigned, not budgeted. */
    static final int MAX_STATEMENTS = 8;

    static final String COC = "WM-SOC-2024-WMERC-COC-1";
    static final String R3 = COC + "-R3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Autowired
    SqlStatementCounter sql;

    @PersistenceContext
    EntityManager entityManager;

    /**
     * A page to measure. {@code newData} is text that only the bigger data set puts on the page (null
     * where the page's content does not depend on the added rows); it is read after the data is added.
     */
    record Page(String name, String username, String url, Supplier<String> newData) {
    }

    record Measure(int statements, int status, String body, long millis) {
    }

    long r3;

    List<Page> pages() {
        Supplier<String> none = () -> null;
        return List.of(
                new Page("home", "inspector", "/", () -> "Budget regional inspection 2025"),
                new Page("region", "inspector", "/regions/west-midlands", () -> "Budget regional inspection 2025"),
                new Page("organisation (force)", "inspector", "/organisations/west-mercia-police", () -> "BWM-SOC-2025-WMERC-"),
                new Page("organisation (ROCU)", "inspector", "/organisations/rocuwm", () -> "BWM-SOC-2025-ROCUWM-"),
                new Page("organisation (not inspected)", "inspector", "/organisations/kent-police", () -> "budget PEEL inspection 2022"),
                new Page("inspection", "inspector", "/inspections/west-midlands-soc-2024", () -> "WM-SOC-2024-REGIONAL-AFI-BUDGET"),
                new Page("finding", "inspector", "/findings/" + COC, () -> COC + "-R40"),
                new Page("search: text", "inspector", "/search?q=disruption", () -> "href=\"/findings/B"),
                new Page("search: text, page 3", "inspector", "/search?q=disruption&page=3", () -> "href=\"/findings/B"),
                new Page("search: text and every filter", "inspector",
                        "/search?q=4P+plans&type=AREA_FOR_IMPROVEMENT&type=CAUSE_OF_CONCERN&section=UNDERSTANDING"
                                + "&region=west-midlands&organisation=west-mercia-police&theme=4p-plans&status=open",
                        () -> "href=\"/findings/B"),
                new Page("search: filters, no text", "inspector",
                        "/search?type=CAUSE_OF_CONCERN&region=west-midlands&status=overdue", () -> "href=\"/findings/B"),
                new Page("search: no text", "inspector", "/search", () -> "href=\"/findings/BWM-SOC-2025"),
                new Page("grades", "analyst", "/grades", () -> "Budget regional inspection 2025"),
                // with no year chosen the grade summary shows the latest year with judgements
                new Page("grades: filtered", "analyst", "/grades?region=west-midlands&kind=PEEL", () -> "budget PEEL inspection 2022"),
                new Page("grades: a chosen year", "analyst", "/grades?region=west-midlands&kind=PEEL&year=2019", () -> "budget PEEL inspection 2019"),
                new Page("grade history", "analyst", "/grades/organisations/west-mercia-police", () -> "budget PEEL inspection 2019"),
                new Page("themes", "analyst", "/themes", () -> ">" + themeFindings("4p-plans") + "<"),
                new Page("theme", "analyst", "/themes/4p-plans", () -> "BWM-SOC-2025-"),
                new Page("theme heat map", "analyst", "/themes/regions/west-midlands", () -> ">" + regionalThemeFindings("4p-plans") + "<"),
                new Page("exports", "analyst", "/exports", none),
                new Page("export: findings CSV", "analyst", "/exports/findings.csv?region=west-midlands", () -> "BWM-SOC-2025-"),
                new Page("export: actions CSV", "analyst", "/exports/actions.csv", () -> "BP-2022-"),
                new Page("export: grades CSV", "analyst", "/exports/grades.csv", () -> "Budget regional inspection 2025"),
                new Page("export: actions CSV (force lead)", "lead.westmercia", "/exports/actions.csv", () -> "BWM-SOC-2025-WMERC-"),
                new Page("my actions", "lead.westmercia", "/my-actions", () -> "BWM-SOC-2025-WMERC-"),
                new Page("awaiting assessment", "inspector", "/actions/awaiting-assessment", () -> "BWM-SOC-"),
                new Page("action", "inspector", "/actions/" + r3, () -> "Budget history update 40 "),
                new Page("action (force lead)", "lead.westmercia", "/actions/" + r3, () -> "Budget history assessment 10"),
                new Page("action: progress form", "lead.westmercia", "/actions/" + r3 + "/progress", none),
                new Page("action: assessment form", "inspector", "/actions/" + r3 + "/assessment", none),
                new Page("action: due date form", "inspector", "/actions/" + r3 + "/due-date", none),
                new Page("manage inspection", "inspector", "/inspections/west-midlands-soc-2024/manage", () -> "WM-SOC-2024-WMERC-COC-1-R40"),
                new Page("repeat form", "inspector", "/findings/" + COC + "/repeat", () -> "BWM-SOC-2016-WMERC-COC-1"),
                new Page("audit log", "admin", "/admin/audit", () -> "budget.auditor"),
                new Page("users", "admin", "/admin/users", () -> "budget.lead.wmerc"),
                new Page("manage themes", "admin", "/admin/themes", () -> ">" + themeFindings("4p-plans") + "<"),
                new Page("API tokens", "inspector", "/account/tokens", () -> "budget token 1"),
                new Page("API: regions", "analyst", "/api/v1/regions", none),
                new Page("API: organisations", "analyst", "/api/v1/organisations", none),
                new Page("API: inspections", "analyst", "/api/v1/inspections", () -> "budget-wm-soc-2025"),
                new Page("API: inspection", "analyst", "/api/v1/inspections/west-midlands-soc-2024", none),
                new Page("API: judgements", "analyst", "/api/v1/judgements", () -> "budget-peel-2019-"),
                new Page("API: findings", "analyst", "/api/v1/findings", () -> "BWM-SOC-2012-"),
                new Page("API: findings, filtered", "analyst",
                        "/api/v1/findings?organisation=west-mercia-police&q=disruption&size=50",
                        () -> "BWM-SOC-2012-WMERC-"),
                new Page("API: finding", "analyst", "/api/v1/findings/" + COC, () -> COC + "-R40"),
                // paged by id, so the first page holds seed actions either way: its total shows the bigger data
                new Page("API: actions", "analyst", "/api/v1/actions", () -> "\"totalItems\":" + actions(null) + ","),
                new Page("API: actions, largest page", "analyst", "/api/v1/actions?size=200", () -> "budget recommendation "),
                new Page("API: actions of a force", "analyst", "/api/v1/actions?organisation=west-mercia-police",
                        () -> "\"totalItems\":" + actions("west-mercia-police") + ","),
                new Page("API: action", "analyst", "/api/v1/actions/" + r3, () -> "Budget history update 40 "));
    }

    @Test
    @Transactional
    void everyPageRunsAsManyStatementsOnManyTimesTheDataAsOnTheSeed() throws Exception {
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        r3 = jdbc.queryForObject("""
                select a.id from action a join recommendation r on r.id = a.recommendation_id where r.reference = ?
                """, Long.class, R3);
        Map<String, UserDetails> principals = new LinkedHashMap<>();
        List<Page> pages = pages();
        pages.forEach(p -> principals.computeIfAbsent(p.username(), users::loadUserByUsername));

        Map<String, Measure> seed = new LinkedHashMap<>();
        for (Page page : pages) {
            seed.put(page.name(), measure(page, principals));
        }

        Map<String, Long> before = sizes();
        long start = System.nanoTime();
        // the test transaction's connection: released, not closed, so the rows stay uncommitted
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("uk/gov/hmicfrs/findings/system/query-budget-data.sql"));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        long insertMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> after = sizes();
        System.out.printf("QueryBudgetTest: added in %d ms: %s%n", insertMillis, added(before, after));
        // many times the seed: any per-row statement would multiply
        assertThat(after.get("finding") - before.get("finding")).isGreaterThan(1000);
        assertThat(after.get("action") - before.get("action")).isGreaterThan(500);
        assertThat(after.get("progress_update") - before.get("progress_update")).isGreaterThan(1500);

        SoftAssertions softly = new SoftAssertions();
        List<String> table = new ArrayList<>();
        for (Page page : pages) {
            Measure small = seed.get(page.name());
            Measure big = measure(page, principals);
            String marker = page.newData().get();
            table.add("%-36s %-16s seed %d, bigger %d (%d ms, %d ms)".formatted(page.name(), page.username(),
                    small.statements(), big.statements(), small.millis(), big.millis()));
            softly.assertThat(small.status()).as("%s on the seed: HTTP status", page.name()).isEqualTo(200);
            softly.assertThat(big.status()).as("%s on the bigger data: HTTP status", page.name()).isEqualTo(200);
            softly.assertThat(big.statements()).as("%s (%s): statements on the bigger data vs the seed", page.name(), page.url())
                    .isEqualTo(small.statements());
            softly.assertThat(small.statements()).as("%s (%s): statements", page.name(), page.url())
                    .isLessThanOrEqualTo(MAX_STATEMENTS);
            if (marker != null) {
                // booleans, so that a failure names the page and the text rather than printing the whole page
                softly.assertThat(small.body().contains(marker)).as("%s on the seed contains \"%s\"", page.name(), marker).isFalse();
                softly.assertThat(big.body().contains(marker)).as("%s on the bigger data contains \"%s\"", page.name(), marker).isTrue();
            }
        }
        System.out.println("QueryBudgetTest: SQL statements per page\n  " + String.join("\n  ", table));
        softly.assertAll();
    }

    private Measure measure(Page page, Map<String, UserDetails> principals) throws Exception {
        // a fresh persistence context, as every real request has: nothing served from the first-level cache
        entityManager.flush();
        entityManager.clear();
        sql.reset();
        long start = System.nanoTime();
        MvcResult result = mvc.perform(get(page.url()).with(user(principals.get(page.username())))).andReturn();
        int statements = sql.count();
        return new Measure(statements, result.getResponse().getStatus(),
                result.getResponse().getContentAsString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    private long actions(String organisation) {
        return jdbc.queryForObject("""
                select count(*) from action a join organisation o on o.id = a.organisation_id where cast(? as text) is null or o.slug = cast(? as text)
                """, Long.class, organisation, organisation);
    }

    private long themeFindings(String slug) {
        return jdbc.queryForObject("""
                select count(*) from finding_theme ft join finding f on f.id = ft.finding_id join theme t on t.id = ft.theme_id
                where t.slug = ? and not f.withdrawn
                """, Long.class, slug);
    }

    /** The heat map's cell for the region's own (regional) findings. */
    private long regionalThemeFindings(String slug) {
        return jdbc.queryForObject("""
                select count(*) from finding_theme ft join finding f on f.id = ft.finding_id join theme t on t.id = ft.theme_id
                join inspection i on i.id = f.inspection_id join region r on r.id = i.region_id
                where t.slug = ? and not f.withdrawn and f.organisation_id is null and r.slug = 'west-midlands'
                """, Long.class, slug);
    }

    private static final List<String> TABLES = List.of("inspection", "judgement", "finding", "recommendation", "finding_theme",
            "recommendation_theme", "action", "progress_update", "evidence", "assessment", "key_figure", "audit_event",
            "app_user", "personal_access_token");

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        TABLES.forEach(t -> sizes.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return sizes;
    }

    private static String added(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder text = new StringBuilder();
        before.forEach((table, n) -> text.append(table).append(" +").append(after.get(table) - n)
                .append(" (").append(n).append(" -> ").append(after.get(table)).append(") "));
        return text.toString().strip();
    }
}
