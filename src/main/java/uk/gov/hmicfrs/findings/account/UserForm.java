package uk.gov.hmicfrs.findings.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating a user (with a password) or editing one (version set, password unused). */
public record UserForm(
        Integer version,
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,60}$", message = "Username must be 3 to 60 letters, numbers, dots, hyphens or underscores")
        String username,
        @NotBlank(message = "Enter the person’s name") @Size(max = 200, message = "Name must be 200 characters or fewer")
        String displayName,
        @NotBlank(message = "Select a role") String role,
        Long organisationId,
        String password) {

    static UserForm empty() {
        return new UserForm(null, "", "", null, null, "");
    }

    static UserForm of(UserRow user) {
        return new UserForm(user.version(), user.username(), user.displayName(), user.role().name(), user.organisationId(), "");
    }
}
