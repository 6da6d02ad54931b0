package uk.gov.hmicfrs.findings.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only log. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private Long actorId;

    private String actorUsername;

    private String action;

    private String entityType;

    private String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    private String beforeState;

    @JdbcTypeCode(SqlTypes.JSON)
    private String afterState;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorId, String actorUsername, String action, String entityType,
               String entityId, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    Long getId() {
        return id;
    }
}
