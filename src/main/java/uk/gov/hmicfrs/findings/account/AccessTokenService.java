package uk.gov.hmicfrs.findings.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final NamedParameterJdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    AccessTokenService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AccessTokenSummary> tokens(CurrentUser user) {
        return jdbc.query("""
                select id, name, token_hint, created_at, last_used_at, revoked_at from personal_access_token
                where user_id = :user order by revoked_at nulls first, created_at desc, id desc
                """, new MapSqlParameterSource("user", user.id()), (rs, n) -> new AccessTokenSummary(rs.getLong("id"),
                rs.getString("name"), rs.getString("token_hint"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))));
    }

    /** @return the new token, the only time it is ever available */
    @Transactional
    public String create(CurrentUser user, String name) {
        Integer active = jdbc.queryForObject("select count(*) from personal_access_token where user_id = :user and revoked_at is null",
                new MapSqlParameterSource("user", user.id()), Integer.class);
        if (active != null && active >= MAX_ACTIVE_TOKENS) {
            throw new AccessTokenLimitException();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("""
                insert into personal_access_token (user_id, name, token_hash, token_hint) values (:user, :name, :hash, :hint)
                """, new MapSqlParameterSource("user", user.id()).addValue("name", name.strip())
                .addValue("hash", hash(token)).addValue("hint", token.substring(token.length() - 4)));
        return token;
    }

    /** Revokes one of the user's own tokens; another user's token is refused as if it did not exist. */
    @Transactional
    @PreAuthorize("@access.ownsToken(#tokenId)")
    public void revoke(CurrentUser user, long tokenId) {
        jdbc.update("""
                update personal_access_token set revoked_at = now()
                where id = :id and user_id = :user and revoked_at is null
                """, new MapSqlParameterSource("id", tokenId).addValue("user", user.id()));
    }

    boolean belongsTo(long tokenId, long userId) {
        return jdbc.queryForObject("select exists (select 1 from personal_access_token where id = :id and user_id = :user)",
                new MapSqlParameterSource("id", tokenId).addValue("user", userId), Boolean.class);
    }

    /** The username a live token belongs to; records when it was last used. */
    @Transactional
    public Optional<String> usernameFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("""
                update personal_access_token t set last_used_at = now()
                from app_user u
                where t.token_hash = :hash and t.revoked_at is null and u.id = t.user_id
                returning u.username
                """, new MapSqlParameterSource("hash", hash(token)), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
