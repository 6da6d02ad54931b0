package uk.gov.hmicfrs.findings.account;

/** A user's own password change; confirmation must match. Never echoed back into the page. */
public record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
