package uk.gov.hmicfrs.findings.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DueDateForm(
        @NotNull Integer version,
        String dueOnDay, String dueOnMonth, String dueOnYear,
        @NotBlank(message = "Enter the reason for the new due date")
        @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {

    static DueDateForm empty(ActionRow action) {
        return new DueDateForm(action.version(), "", "", "", "");
    }

    DueDateForm withVersion(int newVersion) {
        return new DueDateForm(newVersion, dueOnDay, dueOnMonth, dueOnYear, reason);
    }
}
