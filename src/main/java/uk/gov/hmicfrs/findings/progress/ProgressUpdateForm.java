package uk.gov.hmicfrs.findings.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The progress update form. The version is the action's when the form was opened.
 *
 * @param status a {@link ForceStatus} name; the current status means no change
 * @param links  evidence links, one a line
 */
public record ProgressUpdateForm(
        @NotNull Integer version,
        String status,
        @NotBlank(message = "Enter what has been done")
        @Size(max = 10000, message = "What has been done must be 10,000 characters or fewer") String narrative,
        @Size(max = 5000, message = "Evidence links must be 5,000 characters or fewer") String links) {

    static ProgressUpdateForm empty(ActionRow action) {
        return new ProgressUpdateForm(action.version(), action.forceStatus().name(), "", "");
    }

    ProgressUpdateForm withVersion(int newVersion) {
        return new ProgressUpdateForm(newVersion, status, narrative, links);
    }
}
