package uk.gov.hmicfrs.findings.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import uk.gov.hmicfrs.findings.system.time.ClockConfiguration;

public record AuditEntry(long id, Instant occurredAt, String actorUsername, String action,
                         AuditEntityType entityType, String entityId, String before, String after) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");

    public String occurredAtText() {
        return WHEN.format(occurredAt.atZone(ClockConfiguration.LOCAL_ZONE));
    }

    /** Where the entity can be seen, when it has a page. */
    public String entityHref() {
        return switch (entityType) {
            case ACTION -> "/actions/" + entityId;
            case USER -> "/admin/users/" + entityId;
            case INSPECTION -> "/inspections/" + entityId;
            case FINDING -> "/findings/" + entityId;
            case THEME -> "/themes/" + entityId;
            case JUDGEMENT, RECOMMENDATION, OTHER -> null;
        };
    }
}
