package uk.gov.hmicfrs.findings.account;

import uk.gov.hmicfrs.findings.system.web.FieldRuleException;

/** A rule that only the service can check (a taken username, a wrong current password): shown as a form error. */
public class AccountProblemException extends FieldRuleException {

    public AccountProblemException(String field, String message) {
        super(field, message);
    }
}
