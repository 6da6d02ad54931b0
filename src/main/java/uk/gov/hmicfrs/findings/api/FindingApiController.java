package uk.gov.hmicfrs.findings.api;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.hmicfrs.findings.finding.FindingFilter;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Findings", description = "Findings with the filters of the search page, a page at a time")
class FindingApiController {

    private final ApiService api;

    FindingApiController(ApiService api) {
        this.api = api;
    }

    @GetMapping("/findings")
    @Operation(summary = "List findings", description = "Filtered as on the search page, in report order. "
            + "Follow `links.next` and `links.prev` to page; the order is stable.")
    @ApiDocs.CommonErrors
    @ApiDocs.BadRequest
    ApiRecords.Page<ApiRecords.Finding> findings(
            @Parameter(description = "Inspection slug") @RequestParam(required = false) String inspection,
            @Parameter(description = "Region slug") @RequestParam(required = false) String region,
            @Parameter(description = "Organisation slug") @RequestParam(required = false) String organisation,
            @Parameter(description = "Finding type; repeat for several", schema = @Schema(allowableValues = {"AREA_FOR_IMPROVEMENT",
                    "CAUSE_OF_CONCERN", "INNOVATIVE_PRACTICE", "PROMISING_PRACTICE", "OBSERVATION"}))
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "Report section", schema = @Schema(allowableValues = {"SUMMARY", "REGIONAL",
                    "UNDERSTANDING", "RESOURCES", "TACKLING"}))
            @RequestParam(required = false) String section,
            @Parameter(description = "Theme slug, e.g. 4p-plans") @RequestParam(required = false) String theme,
            @Parameter(description = "Words to search for in the title and text") @RequestParam(required = false) String q,
            @Parameter(description = "Published on or after (ISO date)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(description = "Published on or before (ISO date); not before `from`", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String to,
            @Parameter(description = "Page number, from 1", schema = @Schema(minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Findings a page", schema = @Schema(minimum = "1", maximum = "200", defaultValue = "20"))
            @RequestParam(required = false) Integer size) {
        FindingFilter filter = FindingFilter.parse(inspection, region, organisation, type, section, theme, q, from, to);
        return api.findings(filter, page, size, "/api/v1/findings");
    }

    @GetMapping("/findings/{reference}")
    @Operation(summary = "One finding with its recommendations")
    @ApiDocs.CommonErrors
    @ApiDocs.NotFound
    ApiRecords.FindingDetail finding(@Parameter(description = "Finding reference, e.g. WM-SOC-2024-WMERC-COC-1") @PathVariable String reference) {
        return api.finding(reference);
    }
}
