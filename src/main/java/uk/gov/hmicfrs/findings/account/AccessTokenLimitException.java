package uk.gov.hmicfrs.findings.account;

/** A user may hold only so many live tokens; revoking one makes room. */
public class AccessTokenLimitException extends RuntimeException {

    AccessTokenLimitException() {
        super("You have " + AccessTokenService.MAX_ACTIVE_TOKENS + " tokens. Revoke one before you create another");
    }
}
