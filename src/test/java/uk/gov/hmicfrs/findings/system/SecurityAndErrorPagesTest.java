package uk.gov.hmicfrs.findings.system;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class SecurityAndErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageButSignInNeedsASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/organisations/west-mercia-police")).andExpect(status().isFound());
    }

    @Test
    void signInPageIsAGovukFormWithTheStandardFields() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("govuk-button")))
                .andExpect(content().string(containsString("<title>Sign in – Findings Tracker – HMICFRS</title>")));
    }

    @Test
    void demoAccountsSignInWithTheDemoPasswordAndNothingElse() throws Exception {
        mvc.perform(formLogin("/login").user("lead.westmercia").password("demo-password"))
                .andExpect(authenticated().withUsername("lead.westmercia").withRoles("FORCE_LEAD"));
        mvc.perform(formLogin("/login").user("inspector").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void failedSignInSaysTheSameThingForUnknownAndKnownUsers() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-at-all").password("whatever"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("<title>Error: Sign in – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(containsString("Enter a correct username and password")))
                .andExpect(content().string(containsString("href=\"#username\"")));
    }

    @Test
    void staticAssetsAndHealthArePublic() throws Exception {
        mvc.perform(get("/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isOk());
        mvc.perform(get("/assets/rebrand/images/favicon.svg")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    @WithUserDetails("admin")
    void onlyTheHealthEndpointIsExposed() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("inspector")
    void unknownPagesAreNotFound() throws Exception {
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
    }

    // MockMvc has no servlet container to forward errors to /error, so these ask for /error as the
    // container would, with the status it sets.
    @ParameterizedTest
    @CsvSource({"404, Page not found", "403, You do not have permission to do this",
            "500, 'Sorry, there is a problem with the service'", "400, There is a problem with your request"})
    @WithUserDetails("inspector")
    void errorsGetGovukPagesWithoutDetail(int statusCode, String heading) throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, statusCode)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("internal detail"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is(statusCode))
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">" + heading + "</h1>")))
                .andExpect(content().string(containsString("govuk-header")))
                .andExpect(content().string(not(containsString("Whitelabel"))))
                .andExpect(content().string(not(containsString("internal detail"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
