package uk.gov.hmicfrs.findings.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user for the policy beans, and the account feature's own rule that a role alone does
 * not decide, for the services' method security annotations: {@code @PreAuthorize("@access.ownsToken(#tokenId)")}.
 * Rules that are a role are written in the annotation itself ({@code hasRole('ADMIN')}); rules about
 * one feature's records live in that feature (progress's ActionAccess, export's ExportAccess).
 */
@Component("access")
public class Access {

    private final AccessTokenService tokens;

    Access(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    /** The signed-in person making this request, if any (not the anonymous user). */
    public static Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Whether this personal access token is the signed-in user's own (revoked or not). */
    public boolean ownsToken(long tokenId) {
        return currentUser().map(user -> tokens.belongsTo(tokenId, user.id())).orElse(false);
    }
}
