package uk.gov.hmicfrs.findings.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Personal access tokens, by their hash. Using a token is one statement: it is on every API request. */
@Repository
class AccessTokenQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AccessTokenQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AccessTokenSummary> tokens(long userId) {
        return jdbc.query("""
                select id, name, token_hint, created_at, last_used_at, revoked_at from personal_access_token
                where user_id = :user order by revoked_at nulls first, created_at desc, id desc
                """, new MapSqlParameterSource("user", userId), (rs, n) -> new AccessTokenSummary(rs.getLong("id"),
                rs.getString("name"), rs.getString("token_hint"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))));
    }

    int activeCount(long userId) {
        Integer active = jdbc.queryForObject("select count(*) from personal_access_token where user_id = :user and revoked_at is null",
                new MapSqlParameterSource("user", userId), Integer.class);
        return active == null ? 0 : active;
    }

    void insert(long userId, String name, String hash, String hint, Instant now) {
        jdbc.update("""
                insert into personal_access_token (user_id, name, token_hash, token_hint, created_at)
                values (:user, :name, :hash, :hint, :now)
                """, new MapSqlParameterSource("user", userId).addValue("name", name)
                .addValue("hash", hash).addValue("hint", hint).addValue("now", Timestamp.from(now)));
    }

    /** @return whether a live token of the user's was revoked */
    boolean revoke(long tokenId, long userId, Instant now) {
        return jdbc.update("""
                update personal_access_token set revoked_at = :now
                where id = :id and user_id = :user and revoked_at is null
                """, new MapSqlParameterSource("id", tokenId).addValue("user", userId)
                .addValue("now", Timestamp.from(now))) > 0;
    }

    boolean isOwnedBy(long tokenId, long userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from personal_access_token where id = :id and user_id = :user)",
                new MapSqlParameterSource("id", tokenId).addValue("user", userId), Boolean.class));
    }

    /** The username a live token with this hash belongs to, recording that it was used now. */
    Optional<String> use(String hash, Instant now) {
        return jdbc.query("""
                update personal_access_token t set last_used_at = :now
                from app_user u
                where t.token_hash = :hash and t.revoked_at is null and u.id = t.user_id
                returning u.username
                """, new MapSqlParameterSource("hash", hash).addValue("now", Timestamp.from(now)),
                (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
