package uk.gov.hmicfrs.findings.system.database;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which statements PostgreSQL may give a cached generic plan. Statements whose best plan depends on
 * the values asked for (words searched for, "no region given, or this region" filters) must be planned
 * for their values every time; every other statement keeps its cached plan, so it is not planned again
 * on every request.
 * <p>
 * The requests run in the test's transaction, so on one connection, where the driver server-prepares
 * any statement run five times; {@code pg_prepared_statements} then lists what was prepared.
 */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("analyst")
@Transactional
class PlanCachingTest {

    /** A filter that only simplifies for a known value, as bound parameters appear to the server. */
    private static final Pattern OPTIONAL_FILTER = Pattern.compile("cast\\(\\$\\d+ as (text|integer)\\) is null or");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statementsWhosePlanDependsOnTheValuesAreNeverServerPreparedAndTheRestAre() throws Exception {
        for (int i = 0; i < 8; i++) {
            String word = i % 2 == 0 ? "police" : "kidnap";
            ok("/search?q=" + word);
            ok("/search?q=" + word + "&region=west-midlands&type=AREA_FOR_IMPROVEMENT");
            ok("/api/v1/findings?q=" + word + "&region=west-midlands");
            ok("/api/v1/actions?organisation=west-mercia-police");
            ok("/api/v1/judgements?region=west-midlands");
            ok("/grades?region=west-midlands");
            ok("/organisations/west-mercia-police");
        }

        List<String> prepared = jdbc.queryForList("select statement from pg_prepared_statements", String.class);
        assertThat(prepared).as("the organisation page's recommendations, the same statement every time, keep a cached plan")
                .anySatisfy(statement -> assertThat(statement).contains("from recommendation r"));
        assertThat(prepared).as("statements with the words searched for are never server-prepared")
                .noneSatisfy(statement -> assertThat(statement).contains("websearch_to_tsquery"));
        assertThat(prepared).as("statements with optional filters are never server-prepared")
                .noneSatisfy(statement -> assertThat(statement).containsPattern(OPTIONAL_FILTER));
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    }

    private void ok(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
    }
}
