package uk.gov.hmicfrs.findings.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AccessTokenForm(
        @NotBlank(message = "Enter a name for the token")
        @Size(max = 100, message = "Name must be 100 characters or fewer") String name) {
}
