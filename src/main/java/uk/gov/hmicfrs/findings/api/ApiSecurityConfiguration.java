package uk.gov.hmicfrs.findings.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.hmicfrs.findings.account.AccessTokenService;

/**
 * The API's own filter chain, ahead of the pages' chain: bearer tokens or the browser session,
 * 401 and 403 as problem details instead of a redirect to the sign-in page, and CSRF checked only
 * for session-cookie writes (a bearer token cannot be sent by another site's form).
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokenService tokens, UserDetailsService users, JsonMapper json)
            throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterAfter(new BearerTokenFilter(tokens, users, problems), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign in, or send a personal access token as a bearer token"))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                                e instanceof CsrfException ? "A write with a browser session needs the CSRF token"
                                        : ApiProblemAdvice.NOT_ALLOWED)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
