package uk.gov.hmicfrs.findings.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AccountAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordPolicy policy;

    long westMercia() {
        return jdbc.queryForObject("select id from organisation where slug = 'west-mercia-police'", Long.class);
    }

    @Test
    void thePasswordPolicyWantsLengthAndRefusesCommonPasswords() {
        assertThat(policy.problem("short-pass", "someone")).contains("Password must be 12 characters or more");
        assertThat(policy.problem("Password1234", "someone")).contains("Choose a password that is harder to guess");
        assertThat(policy.problem("someone-2025-x", "someone")).contains("Choose a password that is harder to guess");
        assertThat(policy.problem("violet harbour lantern", "someone")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void anAdminCreatesAForceLeadWithAHashedPasswordAndItIsAudited() throws Exception {
        mvc.perform(post("/admin/users").param("username", "Lead.Test").param("displayName", "Test lead")
                        .param("role", "FORCE_LEAD").param("organisationId", String.valueOf(westMercia()))
                        .param("password", "violet harbour lantern").with(csrf()))
                .andExpect(status().is3xxRedirection());
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'lead.test'", String.class);
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("violet harbour lantern", hash)).isTrue();
        assertThat(jdbc.queryForObject("select after_state->>'role' from audit_event where action = 'USER_CREATED' and after_state->>'username' = 'lead.test'",
                String.class)).isEqualTo("FORCE_LEAD");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where after_state::text like '%bcrypt%' or after_state::text like '%lantern%'", Long.class)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void aForceLeadNeedsAnOrganisationAndAWeakPasswordIsRefused() throws Exception {
        long users = ProgressTestData.count(jdbc, "app_user");
        mvc.perform(post("/admin/users").param("username", "lead.none").param("displayName", "No org")
                        .param("role", "FORCE_LEAD").param("password", "violet harbour lantern").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#organisationId\">Select the organisation the force lead reports for")));
        mvc.perform(post("/admin/users").param("username", "weak.one").param("displayName", "Weak")
                        .param("role", "ANALYST").param("password", "password1234").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a password that is harder to guess")));
        assertThat(ProgressTestData.count(jdbc, "app_user")).isEqualTo(users);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void anAdminChangesARoleDeactivatesAndResetsAPassword() throws Exception {
        long id = jdbc.queryForObject("select id from app_user where username = 'analyst'", Long.class);
        // locked out (as LoginAttempts would leave it; the counters do not move the version)
        jdbc.update("update app_user set failed_attempts = 3, locked_until = now() + interval '10 minutes' where id = ?", id);
        int version = jdbc.queryForObject("select version from app_user where id = ?", Integer.class, id);
        mvc.perform(post("/admin/users/{id}", id).param("version", String.valueOf(version)).param("displayName", "Analyst now lead")
                        .param("role", "FORCE_LEAD").param("organisationId", String.valueOf(westMercia())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select role || ' ' || organisation_id from app_user where id = ?", String.class, id))
                .isEqualTo("FORCE_LEAD " + westMercia());

        // a stale edit is refused
        mvc.perform(post("/admin/users/{id}", id).param("version", String.valueOf(version)).param("displayName", "Stale")
                        .param("role", "ANALYST").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this user")));

        mvc.perform(post("/admin/users/{id}/active", id).param("active", "false").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/{id}/password", id).param("password", "fresh riverside compass").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, id)).isFalse();
        assertThat(jdbc.queryForObject("select locked_until is null and failed_attempts = 0 from app_user where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'USER' and entity_id = ? order by id", String.class, String.valueOf(id)))
                .containsExactly("USER_UPDATED", "USER_DEACTIVATED", "PASSWORD_RESET");
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCannotDeactivateThemselves() throws Exception {
        long id = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        mvc.perform(post("/admin/users/{id}/active", id).param("active", "false").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    @WithUserDetails("analyst")
    @Transactional
    void usersChangeTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password").param("currentPassword", "not-my-password")
                        .param("newPassword", "a brand new passphrase").param("confirmPassword", "a brand new passphrase").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(post("/account/password").param("currentPassword", "demo-password")
                        .param("newPassword", "short").param("confirmPassword", "short").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Password must be 12 characters or more")));
        mvc.perform(post("/account/password").param("currentPassword", "demo-password")
                        .param("newPassword", "a brand new passphrase").param("confirmPassword", "a brand new passphrase").with(csrf()))
                .andExpect(status().is3xxRedirection());
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'analyst'", String.class);
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor_username = 'analyst'", Long.class)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void theUsersPageListsEveryone() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lead.westmercia")))
                .andExpect(content().string(containsString("West Mercia Police")));
    }
}
