package uk.gov.hmicfrs.findings.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;
import uk.gov.hmicfrs.findings.support.DatabaseOwner;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    DatabaseOwner owner;

    /**
     * As the table's owner, who may do anything the trigger does not forbid (the application's runtime role
     * may not even try: RuntimeRoleTest). Not transactional: PostgreSQL aborts a transaction at its first
     * error, so each statement runs on its own. The test row stays behind, as every audit row does.
     */
    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRowsWhoeverAsks() {
        JdbcTemplate jdbc = owner.jdbc();
        jdbc.update("insert into audit_event (actor_username, action, entity_type, entity_id, after_state) values ('append.test', 'TEST', 'ACTION', '1', '{\"a\":1}'::jsonb)");
        for (String sql : new String[] {
                "update audit_event set action = 'CHANGED' where actor_username = 'append.test'",
                "delete from audit_event where actor_username = 'append.test'",
                "truncate audit_event"}) {
            assertThatThrownBy(() -> jdbc.update(sql))
                    .isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
        }
        assertThat(jdbc.queryForObject("select action from audit_event where actor_username = 'append.test'", String.class)).isEqualTo("TEST");
    }

    @Test
    @WithUserDetails("inspector")
    @Transactional
    void anAssessmentIsAuditedWithBeforeAndAfterInTheSameTransaction() throws Exception {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        mvc.perform(post("/actions/{id}/assessment", action).param("version", String.valueOf(ProgressTestData.version(jdbc, action)))
                        .param("outcome", "PARTIALLY_MET").param("note", "Some progress").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("""
                select before_state->>'assessment' || ' -> ' || (after_state->>'assessment') || ' by ' || actor_username
                from audit_event where action = 'ASSESSMENT_RECORDED' and entity_id = ?
                """, String.class, String.valueOf(action))).isEqualTo("NOT_ASSESSED -> PARTIALLY_MET by inspector");
    }

    @Test
    @WithUserDetails("inspector")
    void aWriteThatFailsLeavesNoAuditEvent() throws Exception {
        long events = ProgressTestData.count(jdbc, "audit_event");
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        // superseded by an action that does not exist: refused as a form error, nothing written
        mvc.perform(post("/actions/{id}/assessment", action).param("version", String.valueOf(ProgressTestData.version(jdbc, action)))
                        .param("outcome", "SUPERSEDED").param("supersededBy", "NO-SUCH-REF").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#supersededBy\"")));
        assertThat(ProgressTestData.count(jdbc, "audit_event")).isEqualTo(events);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void adminsBrowseAndFilterTheLogInTwoStatements() throws Exception {
        jdbc.update("insert into audit_event (occurred_at, actor_username, action, entity_type, entity_id) values ('2025-03-01T12:00:00Z', 'lead.westmercia', 'PROGRESS_UPDATE_ADDED', 'ACTION', '3')");
        jdbc.update("insert into audit_event (occurred_at, actor_username, action, entity_type, entity_id) values ('2025-03-02T12:00:00Z', 'admin', 'USER_CREATED', 'USER', '42')");

        sql.reset();
        mvc.perform(get("/admin/audit").param("user", "lead.westmercia").param("from", "2025-03-01").param("to", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PROGRESS_UPDATE_ADDED")))
                .andExpect(content().string(not(containsString("USER_CREATED"))));
        assertThat(sql.count()).isEqualTo(2);

        mvc.perform(get("/admin/audit").param("entityType", "USER").param("from", "2025-03-01").param("to", "2025-03-02"))
                .andExpect(content().string(containsString("USER_CREATED")))
                .andExpect(content().string(containsString("href=\"/admin/users/42\"")))
                .andExpect(content().string(not(containsString("PROGRESS_UPDATE_ADDED"))));

        mvc.perform(get("/admin/audit").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Audit log")))
                .andExpect(content().string(containsString("must be a real date")));
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void theLogIsPaged() throws Exception {
        for (int i = 0; i < AuditService.PAGE_SIZE + 5; i++) {
            jdbc.update("insert into audit_event (occurred_at, actor_username, action, entity_type, entity_id) values ('2024-01-01T00:00:00Z', 'pager', 'TEST', 'ACTION', ?)", String.valueOf(i));
        }
        mvc.perform(get("/admin/audit").param("user", "pager"))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("href=\"/admin/audit?user=pager&amp;page=2\"")));
        mvc.perform(get("/admin/audit").param("user", "pager").param("page", "2"))
                .andExpect(content().string(containsString("Page 2 of 2")));
    }

    @Test
    @WithUserDetails("lead.warwickshire")
    void aRefusedWriteChangesNothingButIsRecordedAsRefused() throws Exception {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        int version = ProgressTestData.version(jdbc, action);
        long updates = ProgressTestData.count(jdbc, "progress_update");
        long refusals = jdbc.queryForObject("select count(*) from audit_event where action = 'WRITE_REFUSED' and actor_username = 'lead.warwickshire' and entity_id = ?",
                Long.class, String.valueOf(action));
        mvc.perform(post("/actions/{id}/progress", action).param("version", String.valueOf(version))
                        .param("status", "COMPLETED").param("narrative", "Not my force").with(csrf()))
                .andExpect(status().isForbidden());
        // the API answers its refusal itself, a 403 problem, so the exception never leaves the handler
        mvc.perform(post("/api/v1/actions/{id}/updates", action).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"narrative\": \"Not my force\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not allowed to do this"));
        assertThat(ProgressTestData.count(jdbc, "progress_update")).isEqualTo(updates);
        assertThat(ProgressTestData.version(jdbc, action)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'WRITE_REFUSED' and actor_username = 'lead.warwickshire' and entity_id = ?",
                Long.class, String.valueOf(action))).isEqualTo(refusals + 2);
        assertThat(jdbc.queryForList("select entity_type from audit_event where action = 'WRITE_REFUSED' and actor_username = 'lead.warwickshire' and entity_id = ?",
                String.class, String.valueOf(action))).containsOnly("ACTION");
    }

    @Test
    @WithUserDetails("analyst")
    void onlyAdminsSeeTheLog() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }
}
