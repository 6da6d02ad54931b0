package uk.gov.hmicfrs.findings.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reference data", description = "Regions, organisations, inspections and their graded judgements")
class ReferenceDataApiController {

    private final ApiService api;

    ReferenceDataApiController(ApiService api) {
        this.api = api;
    }

    @GetMapping("/regions")
    @Operation(summary = "List the regions", description = "In their usual order, north to south.")
    @ApiDocs.CommonErrors
    List<ApiRecords.Region> regions() {
        return api.regions();
    }

    @GetMapping("/organisations")
    @Operation(summary = "List forces and regional organised crime units", description = "By region, then in each region's order.")
    @ApiDocs.CommonErrors
    @ApiDocs.BadRequest
    List<ApiRecords.Organisation> organisations(
            @Parameter(description = "Region slug, e.g. west-midlands") @RequestParam(required = false) String region) {
        return api.organisations(region);
    }

    @GetMapping("/organisations/{slug}")
    @Operation(summary = "One organisation")
    @ApiDocs.CommonErrors
    @ApiDocs.NotFound
    ApiRecords.Organisation organisation(@Parameter(description = "Organisation slug, e.g. west-mercia-police") @PathVariable String slug) {
        return api.organisation(slug);
    }

    @GetMapping("/inspections")
    @Operation(summary = "List inspections", description = "Newest first.")
    @ApiDocs.CommonErrors
    List<ApiRecords.Inspection> inspections() {
        return api.inspections();
    }

    @GetMapping("/inspections/{slug}")
    @Operation(summary = "One inspection")
    @ApiDocs.CommonErrors
    @ApiDocs.NotFound
    ApiRecords.Inspection inspection(@Parameter(description = "Inspection slug, e.g. west-midlands-soc-2024") @PathVariable String slug) {
        return api.inspection(slug);
    }

    @GetMapping("/judgements")
    @Operation(summary = "List graded judgements", description = "The figures of the grade summary page: oldest inspection first, then report order.")
    @ApiDocs.CommonErrors
    @ApiDocs.BadRequest
    List<ApiRecords.Judgement> judgements(
            @Parameter(description = "Inspection slug") @RequestParam(required = false) String inspection,
            @Parameter(description = "Region slug of the organisation") @RequestParam(required = false) String region,
            @Parameter(description = "Organisation slug") @RequestParam(required = false) String organisation) {
        return api.judgements(inspection, region, organisation);
    }
}
