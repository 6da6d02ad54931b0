package uk.gov.hmicfrs.findings.account;

import java.time.Instant;

import uk.gov.hmicfrs.findings.system.time.ClockConfiguration;

/** A token as its owner sees it on the tokens page: never the token itself. */
public record AccessTokenSummary(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", java.util.Locale.UK)
                    .withZone(ClockConfiguration.LOCAL_ZONE);

    public String createdText() {
        return SHOWN.format(createdAt).replace("AM", "am").replace("PM", "pm");
    }

    public String lastUsedText() {
        return lastUsedAt == null ? "Never" : SHOWN.format(lastUsedAt).replace("AM", "am").replace("PM", "pm");
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
