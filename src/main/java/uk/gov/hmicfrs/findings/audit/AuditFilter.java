package uk.gov.hmicfrs.findings.audit;

import java.time.LocalDate;

/** The admin's filters; any may be null. */
public record AuditFilter(String user, AuditEntityType entityType, LocalDate from, LocalDate to) {
}
