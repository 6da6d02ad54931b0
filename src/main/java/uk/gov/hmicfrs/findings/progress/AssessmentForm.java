package uk.gov.hmicfrs.findings.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param supersededBy the reference of the action that replaces this one, when superseded */
public record AssessmentForm(
        @NotNull Integer version,
        @NotBlank(message = "Select an assessment") String outcome,
        @Size(max = 200, message = "Reference must be 200 characters or fewer") String supersededBy,
        @Size(max = 5000, message = "Notes must be 5,000 characters or fewer") String note) {

    static AssessmentForm empty(ActionRow action) {
        return new AssessmentForm(action.version(), null, "", "");
    }

    AssessmentForm withVersion(int newVersion) {
        return new AssessmentForm(newVersion, outcome, supersededBy, note);
    }
}
