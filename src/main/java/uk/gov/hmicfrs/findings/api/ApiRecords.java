package uk.gov.hmicfrs.findings.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the API sends and receives: records built from queries, never entities. */
final class ApiRecords {

    private ApiRecords() {
    }

    @Schema(description = "A region of England and Wales, with its regional organised crime unit and forces")
    record Region(@Schema(example = "west-midlands") String slug, @Schema(example = "West Midlands") String name, int position) {
    }

    @Schema(description = "A police force or regional organised crime unit")
    record Organisation(@Schema(example = "west-mercia-police") String slug, @Schema(example = "West Mercia Police") String name,
                        @Schema(example = "West Mercia") String shortName, @Schema(example = "WMERC") String code,
                        @Schema(allowableValues = {"TERRITORIAL_FORCE", "OTHER_FORCE", "ROCU"}) String type,
                        @Schema(example = "west-midlands") String region) {
    }

    @Schema(description = "An inspection and its published report")
    record Inspection(@Schema(example = "west-midlands-soc-2024") String slug, String title, LocalDate publishedOn,
                      @Schema(allowableValues = {"REGIONAL_SOC", "SOC_PEEL", "PEEL", "INTEGRATED_PEEL", "THEMATIC"}) String kind,
                      @Schema(description = "Region slug; null for a national inspection") String region,
                      @Schema(example = "WM-SOC-2024") String referencePrefix) {
    }

    @Schema(description = "A graded judgement: what one inspection concluded about one organisation")
    record Judgement(String inspection, LocalDate publishedOn, String organisation, String organisationName,
                     String region, @Schema(allowableValues = {"OUTSTANDING", "GOOD", "ADEQUATE", "REQUIRES_IMPROVEMENT", "INADEQUATE"}) String grade,
                     @Schema(example = "Inadequate") String gradeLabel, String sentence) {
    }

    @Schema(description = "A finding of an inspection report, with its verbatim text")
    record Finding(@Schema(example = "WM-SOC-2024-WMERC-COC-1") String reference, String inspection, LocalDate publishedOn,
                   String region, @Schema(description = "Organisation slug; null for a regional finding") String organisation,
                   @Schema(allowableValues = {"SUMMARY", "REGIONAL", "UNDERSTANDING", "RESOURCES", "TACKLING"}) String section,
                   @Schema(allowableValues = {"AREA_FOR_IMPROVEMENT", "CAUSE_OF_CONCERN", "INNOVATIVE_PRACTICE", "PROMISING_PRACTICE", "OBSERVATION"}) String type,
                   @Schema(example = "Cause of concern") String typeLabel, String title,
                   @Schema(description = "Paragraphs separated by a blank line") String text, long recommendations) {
    }

    @Schema(description = "A recommendation of a cause of concern")
    record Recommendation(String reference, String organisation, String leadIn, String text, LocalDate dueOn) {
    }

    @Schema(description = "A finding with its recommendations")
    record FindingDetail(Finding finding, List<Recommendation> recommendations) {
    }

    @Schema(description = "One page of results (at most 200 items). Links hold the URLs of this, the next and the previous page "
            + "(next and prev absent at either end) and of the first and last")
    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages,
                   @Schema(example = "{\"self\": \"/api/v1/findings?page=2&size=20\", \"next\": \"/api/v1/findings?page=3&size=20\", \"prev\": \"/api/v1/findings?page=1&size=20\"}")
                   Map<String, String> links) {
    }

    @Schema(description = "A tracked recommendation or area for improvement")
    record Action(long id, String reference, @Schema(allowableValues = {"Recommendation", "Area for improvement"}) String kind,
                  String organisation, String organisationName, String title, LocalDate originalDueOn, LocalDate revisedDueOn,
                  @Schema(allowableValues = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED"}) String forceStatus,
                  @Schema(allowableValues = {"NOT_ASSESSED", "NOT_MET", "PARTIALLY_MET", "MET", "SUPERSEDED"}) String assessment,
                  @Schema(description = "Closed when assessed met or superseded; else awaiting assessment when the force says "
                          + "completed; else overdue when the current due date (revised, else original) has passed; else on track",
                          allowableValues = {"ON_TRACK", "OVERDUE", "AWAITING_ASSESSMENT", "CLOSED"}) String standing,
                  @Schema(description = "The standing in words, a closed action's as its assessment",
                          allowableValues = {"On track", "Overdue", "Awaiting assessment", "Met", "Superseded"}) String status,
                  @Schema(description = "Whether the standing is OVERDUE") boolean overdue,
                  @Schema(description = "Send this back with a progress update; a stale version is refused with 409") int version,
                  List<ProgressUpdate> updates) {
    }

    @Schema(description = "A dated progress entry from the organisation")
    record ProgressUpdate(long id, Instant createdAt, String author, String statusBefore, String statusAfter, String narrative) {
    }

    @Schema(description = "A progress update from the lead of the action's organisation")
    record NewProgressUpdate(
            @Schema(description = "The action's version as last read", example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "Give the version of the action you read") Integer version,
            @Schema(description = "New force status; omit to keep the current one", allowableValues = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED"})
            String status,
            @Schema(description = "What has been done", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "Enter what has been done")
            @Size(max = 10000, message = "What has been done must be 10,000 characters or fewer") String narrative) {
    }
}
