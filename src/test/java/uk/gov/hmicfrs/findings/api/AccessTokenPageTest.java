package uk.gov.hmicfrs.findings.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AccessTokenPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    @WithUserDetails("analyst")
    void aUserCreatesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(csrf()).param("name", "Monthly report"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attributeExists("newToken"))
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("ft_").hasSizeGreaterThan(40);
        String hash = jdbc.queryForObject("select token_hash from personal_access_token where name = 'Monthly report'", String.class);
        assertThat(hash).hasSize(64).isNotEqualTo(token);

        // the redirect's target, in the same session, shows the token from the flash map
        // (sessions live in PostgreSQL, found by their cookie)
        jakarta.servlet.http.Cookie session = created.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/account/tokens").cookie(session))
                .andExpect(content().string(containsString(token)))
                .andExpect(content().string(containsString("it will not be shown again")));
        // shown once: the page on its own never shows it
        mvc.perform(get("/account/tokens"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monthly report")))
                .andExpect(content().string(not(containsString(token))));

        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        Long id = jdbc.queryForObject("select id from personal_access_token where name = 'Monthly report'", Long.class);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    @WithUserDetails("analyst")
    void aNameIsRequired() throws Exception {
        mvc.perform(post("/account/tokens").with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a name for the token")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("<title>Error: ")));
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void nobodyRevokesAnotherUsersToken() throws Exception {
        jdbc.update("""
                insert into personal_access_token (user_id, name, token_hash, token_hint)
                select id, 'theirs', repeat('a', 64), 'aaaa' from app_user where username = 'analyst'
                """);
        Long id = jdbc.queryForObject("select id from personal_access_token where name = 'theirs'", Long.class);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select revoked_at is null from personal_access_token where id = ?", Boolean.class, id)).isTrue();
    }
}
