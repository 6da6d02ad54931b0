package uk.gov.hmicfrs.findings.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.system.time.Today;

/**
 * Personal access tokens for the API. A token is 32 random bytes (base64url, prefixed "ft_" so
 * that secret scanners can spot one); only its SHA-256 hash is stored, so it is shown once only.
 * A user creates, lists and revokes only their own tokens.
 */
@Service
@Transactional(readOnly = true)
public class AccessTokenService {

    static final String PREFIX = "ft_";
    static final int MAX_ACTIVE_TOKENS = 10;

    private final AccessTokenQueries queries;
    private final Today today;
    private final SecureRandom random = new SecureRandom();

    AccessTokenService(AccessTokenQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    public List<AccessTokenSummary> tokens(CurrentUser user) {
        return queries.tokens(user.id());
    }

    /** @return the new token, the only time it is ever available */
    @Transactional
    public String create(CurrentUser user, String name) {
        if (queries.activeCount(user.id()) >= MAX_ACTIVE_TOKENS) {
            throw new AccessTokenLimitException();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        queries.insert(user.id(), name.strip(), hash(token), token.substring(token.length() - 4), today.now());
        return token;
    }

    /** Revokes one of the user's own tokens; another user's token is refused as if it did not exist. */
    @Transactional
    @PreAuthorize("@access.ownsToken(#tokenId)")
    public void revoke(CurrentUser user, long tokenId) {
        queries.revoke(tokenId, user.id(), today.now());
    }

    boolean belongsTo(long tokenId, long userId) {
        return queries.isOwnedBy(tokenId, userId);
    }

    /** The username a live token belongs to; records when it was last used. */
    @Transactional
    public Optional<String> usernameFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return queries.use(hash(token), today.now());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
