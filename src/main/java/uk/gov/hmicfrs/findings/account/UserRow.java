package uk.gov.hmicfrs.findings.account;

import java.time.Instant;

/** A user as the admin pages show them. */
public record UserRow(long id, String username, String displayName, Role role, Long organisationId,
                      String organisationName, boolean active, Instant lockedUntil, int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String statusTagClass() {
        return active ? "govuk-tag govuk-tag--green" : "govuk-tag govuk-tag--grey";
    }
}
