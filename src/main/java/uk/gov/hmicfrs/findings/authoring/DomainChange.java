package uk.gov.hmicfrs.findings.authoring;

/**
 * Published (as a Spring application event, inside the writing transaction) by every authoring and
 * import write. The single seam for the audit log: a listener in audit/ can record these with
 * {@code @EventListener} (same transaction, so nothing is logged for a rolled-back write).
 *
 * @param entity    what changed: inspection, judgement, finding, recommendation
 * @param reference its slug or reference
 * @param change    created, updated, withdrawn, imported, linked
 * @param userId    who did it
 * @param summary   a short human description
 */
public record DomainChange(String entity, String reference, String change, long userId, String summary) {
}
