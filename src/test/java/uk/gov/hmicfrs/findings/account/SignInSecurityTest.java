package uk.gov.hmicfrs.findings.account;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;
import uk.gov.hmicfrs.findings.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in throttling, sessions, CSRF and the security headers, through the real filter chain. */
@IntegrationTest
@AutoConfigureMockMvc
class SignInSecurityTest {

    static final String USERNAME = "lockout.test";
    static final String PASSWORD = "correct-horse-lantern-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestClock clock;

    @BeforeEach
    void createUser() {
        jdbc.update("insert into app_user (username, display_name, password_hash, role) values (?, 'Lockout test', ?, 'ANALYST')",
                USERNAME, passwordEncoder.encode(PASSWORD));
    }

    @AfterEach
    void removeUser() {
        clock.reset();
        jdbc.update("delete from app_user where username = ?", USERNAME);
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())).andReturn();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(USERNAME, "wrong-password-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        // four failures: the right password still works, and resets the count
        assertThat(signIn(USERNAME, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, USERNAME)).isZero();

        for (int i = 0; i < 5; i++) {
            signIn(USERNAME, "wrong-password-" + i);
        }
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where username = ?", Boolean.class, USERNAME)).isTrue();
        // locked: the right password is refused, with the same message as any other failure
        assertThat(signIn(USERNAME, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(USERNAME, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(USERNAME, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject("select locked_until is null and failed_attempts = 0 from app_user where username = ?", Boolean.class, USERNAME)).isTrue();
    }

    @Test
    void theSignInPageSaysTheSameWhetherOrNotTheUserExists() throws Exception {
        assertThat(signIn("no.such.user", "whatever-password").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signIn(USERNAME, "wrong-password").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Enter a correct username and password")))
                .andExpect(content().string(not(containsString("locked"))));
    }

    /** Sessions are Spring Session JDBC sessions, named by the SESSION cookie. */
    @Test
    void signingInRotatesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
        MvcResult loginPage = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        Cookie anonymous = loginPage.getResponse().getCookie("SESSION");
        assertThat(anonymous).as("the sign-in page starts a session for its CSRF token").isNotNull();

        MvcResult signedIn = mvc.perform(post("/login").cookie(anonymous)
                        .param("username", USERNAME).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
        // (HttpOnly comes from the real container's cookie settings: ProgressJourneyBrowserIT checks it)

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        // sessions expire after 30 idle minutes
        String sessionId = new String(java.util.Base64.getDecoder().decode(session.getValue()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?", Integer.class, sessionId))
                .isEqualTo(30 * 60);
        // the id from before sign-in is worth nothing (no session fixation)
        mvc.perform(get("/").cookie(anonymous)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Autowired
    UserDetailsService userDetails;

    @Test
    void deactivatingAUserEndsTheirSessions() throws Exception {
        Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        Cookie session = mvc.perform(post("/login").cookie(anonymous)
                        .param("username", USERNAME).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, USERNAME);
        mvc.perform(post("/admin/users/{id}/active", id).param("active", "false").with(csrf())
                        .with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(signIn(USERNAME, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        int version = ProgressTestData.version(jdbc, action);
        long updates = ProgressTestData.count(jdbc, "progress_update");
        mvc.perform(multipart("/actions/{id}/progress", action)
                        .param("version", String.valueOf(version)).param("status", "COMPLETED").param("narrative", "Done"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").param("currentPassword", "demo-password")
                        .param("newPassword", "a-brand-new-passphrase").param("confirmPassword", "a-brand-new-passphrase"))
                .andExpect(status().isForbidden());
        assertThat(ProgressTestData.count(jdbc, "progress_update")).isEqualTo(updates);
        assertThat(ProgressTestData.version(jdbc, action)).isEqualTo(version);
    }

    @Test
    void signInFormAndOtherFormsCarryACsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("name=\"_csrf\"")));
    }
}
