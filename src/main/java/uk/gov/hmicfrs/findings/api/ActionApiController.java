package uk.gov.hmicfrs.findings.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.hmicfrs.findings.account.CurrentUser;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actions", description = "Tracked recommendations and areas for improvement, and progress updates on them")
class ActionApiController {

    private final ApiService api;

    ActionApiController(ApiService api) {
        this.api = api;
    }

    @GetMapping("/actions")
    @Operation(summary = "List actions with their progress updates, a page at a time",
            description = "In a stable order (by id): new actions join the end, so pages never overlap. "
                    + "Follow `links.next` and `links.prev` to page; `totalItems` counts every matching action.")
    @ApiDocs.CommonErrors
    @ApiDocs.BadRequest
    ApiRecords.Page<ApiRecords.Action> actions(
            @Parameter(description = "Organisation slug") @RequestParam(required = false) String organisation,
            @Parameter(description = "Page number, from 1", schema = @Schema(minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Actions a page", schema = @Schema(minimum = "1", maximum = "200", defaultValue = "20"))
            @RequestParam(required = false) Integer size) {
        return api.actions(organisation, page, size, "/api/v1/actions");
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "One action with its progress updates")
    @ApiDocs.CommonErrors
    @ApiDocs.NotFound
    ApiRecords.Action action(@Parameter(description = "Action id") @PathVariable long id) {
        return api.action(id);
    }

    @PostMapping(path = "/actions/{id}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress on an action",
            description = "Only the force lead of the action's organisation may. Send the action's `version` as last read: "
                    + "if the action has changed since, the update is refused with 409 and nothing is saved. "
                    + "With a bearer token no CSRF token is needed; with a browser session, send the CSRF token.")
    @ApiResponse(responseCode = "201", description = "Saved; Location is the action")
    @ApiDocs.CommonErrors
    @ApiDocs.BadRequest
    @ApiDocs.NotFound
    @ApiResponse(responseCode = "409", description = "The action changed since the given version",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ApiDocs.Problem.class)))
    ResponseEntity<ApiRecords.ProgressUpdate> addUpdate(@Parameter(description = "Action id") @PathVariable long id,
                                                        @Valid @RequestBody ApiRecords.NewProgressUpdate update,
                                                        @AuthenticationPrincipal CurrentUser user) {
        ApiRecords.ProgressUpdate saved = api.addProgressUpdate(user, id, update);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + id)).body(saved);
    }
}
