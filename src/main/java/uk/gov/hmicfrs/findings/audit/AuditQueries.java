package uk.gov.hmicfrs.findings.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.gov.hmicfrs.findings.system.time.ClockConfiguration;

/** The audit page's search: how many events match a filter, and one page of them, newest first. */
@Repository
class AuditQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AuditQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(AuditFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from audit_event" + where(filter, params), params, Long.class);
    }

    List<AuditEntry> page(AuditFilter filter, int limit, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("""
                select id, occurred_at, actor_username, action, entity_type, entity_id,
                       before_state::text as before_state, after_state::text as after_state
                from audit_event""" + where + " order by occurred_at desc, id desc limit :limit offset :offset",
                params, (rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_username"), rs.getString("action"),
                        AuditEntityType.valueOf(rs.getString("entity_type")), rs.getString("entity_id"),
                        rs.getString("before_state"), rs.getString("after_state")));
    }

    /** The filter as a where clause, its values added to params. */
    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.user() != null && !filter.user().isBlank()) {
            where.append(" and lower(actor_username) = lower(:user)");
            params.addValue("user", filter.user().strip());
        }
        if (filter.entityType() != null) {
            where.append(" and entity_type = :entityType");
            params.addValue("entityType", filter.entityType().name());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.addValue("from", java.sql.Timestamp.from(startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.addValue("to", java.sql.Timestamp.from(startOf(filter.to().plusDays(1))));
        }
        return where.toString();
    }

    private static Instant startOf(LocalDate date) {
        return date.atTime(LocalTime.MIDNIGHT).atZone(ClockConfiguration.LOCAL_ZONE).toInstant();
    }
}
