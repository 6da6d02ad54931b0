package uk.gov.hmicfrs.findings.recurrence;

/** A repeat link that cannot be made; shown as a form error. */
public class RecurrenceRuleException extends RuntimeException {
    public RecurrenceRuleException(String message) {
        super(message);
    }
}
