package uk.gov.hmicfrs.findings.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The error responses every API operation can give, documented once as RFC 9457 problem details. */
final class ApiDocs {

    static final String PROBLEM = "application/problem+json";

    private ApiDocs() {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "401", description = "No valid session or bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Signed in, but not allowed to do this",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "406", description = "The Accept header asks for something other than JSON",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @interface CommonErrors {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "A filter or paging value is not valid; `errors` names each one",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @interface BadRequest {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "Nothing has that slug, reference or id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @interface NotFound {
    }

    @Schema(description = "An RFC 9457 problem detail")
    record Problem(@Schema(example = "about:blank") String type, @Schema(example = "Bad Request") String title,
                   @Schema(example = "400") int status, @Schema(example = "Select a region from the list") String detail,
                   @Schema(example = "/api/v1/findings") String instance,
                   @Schema(description = "For 400: each bad value, by parameter") java.util.List<FieldProblem> errors) {
    }

    record FieldProblem(@Schema(example = "region") String field, @Schema(example = "Select a region from the list") String message) {
    }
}
