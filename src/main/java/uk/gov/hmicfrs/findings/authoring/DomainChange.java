package uk.gov.hmicfrs.findings.authoring;

/**
 * Published (as a Spring application event, inside the writing transaction) by every authoring,
 * import, theme and repeat-link write. {@link DomainChangeAuditor} records each in the audit log in
 * the same transaction, so nothing is logged for a rolled-back write.
 *
 * @param entity    what changed: inspection, judgement, finding, recommendation
 * @param reference its slug or reference
 * @param change    created, updated, withdrawn, imported, linked
 * @param userId    who did it
 * @param username  their username, as the audit log keeps it
 * @param summary   a short human description
 */
public record DomainChange(String entity, String reference, String change, long userId, String username,
                           String summary) {
}
