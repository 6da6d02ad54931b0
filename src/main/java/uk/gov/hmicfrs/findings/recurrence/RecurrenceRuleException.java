package uk.gov.hmicfrs.findings.recurrence;

import uk.gov.hmicfrs.findings.system.web.FieldRuleException;

/** A repeat link that cannot be made; shown as an error on the form's one field, the earlier finding's reference. */
public class RecurrenceRuleException extends FieldRuleException {

    public RecurrenceRuleException(String message) {
        super("repeatsReference", message);
    }
}
