package uk.gov.hmicfrs.findings.authoring;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;

/**
 * Puts every authoring, import, theme and repeat-link write in the audit log. Runs synchronously in
 * the writer's transaction (AuditService.record requires one), so the entry commits or rolls back
 * with the write.
 */
@Component
class DomainChangeAuditor {

    private final AuditService audit;

    DomainChangeAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void record(DomainChange change) {
        AuditEntityType type = switch (change.entity()) {
            case "inspection" -> AuditEntityType.INSPECTION;
            case "judgement" -> AuditEntityType.JUDGEMENT;
            case "finding" -> AuditEntityType.FINDING;
            case "recommendation" -> AuditEntityType.RECOMMENDATION;
            case "theme" -> AuditEntityType.THEME;
            default -> AuditEntityType.OTHER;
        };
        audit.record(change.userId(), change.username(), change.change().toUpperCase(java.util.Locale.ROOT), type,
                change.reference(), null, Map.of("summary", change.summary() == null ? "" : change.summary()));
    }
}
