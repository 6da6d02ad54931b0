package uk.gov.hmicfrs.findings.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import uk.gov.hmicfrs.findings.system.web.UploadLimitFilter;

/**
 * Sign-in, sessions, CSRF and headers for the pages. Who may do what once signed in is decided by
 * method security on the services ({@code @PreAuthorize}, with {@link Access} for the rules that need data).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: GOV.UK Frontend is initialised from /js files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, Environment environment,
                            @Value("${app.upload-forms}") List<String> uploadForms) throws Exception {
        http
                .addFilterBefore(new UploadLimitFilter(uploadForms), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/assets/**", "/govuk/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health", "/livez", "/readyz", "/error", "/accessibility").permitAll()
                        // The separate management port (docs/operations.md) is for monitoring only and must not be
                        // public; what it exposes there (Prometheus) is scraped without a sign-in.
                        .requestMatchers(request -> onManagementPort(request, environment)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureUrl("/login?error")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID", "SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        Integer managementPort = environment.getProperty("local.management.port", Integer.class);
        Integer serverPort = environment.getProperty("local.server.port", Integer.class);
        return managementPort != null && managementPort > 0 && !managementPort.equals(serverPort)
                && request.getLocalPort() == managementPort;
    }

    /** bcrypt today, behind an {id} prefix so stored hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
