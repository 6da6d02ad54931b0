package uk.gov.hmicfrs.findings.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is and how to authenticate. Served at /v3/api-docs, behind sign-in. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Findings Tracker API", version = "v1",
                description = "What HMICFRS inspections found, the grades they gave, and what forces are doing about it. "
                        + "Errors are RFC 9457 problem details."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "session")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token from /account/tokens")
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, paramName = "SESSION",
        description = "The browser session after signing in; writes then need the X-CSRF-TOKEN header")
class OpenApiConfiguration {
}
