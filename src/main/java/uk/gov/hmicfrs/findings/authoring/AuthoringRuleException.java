package uk.gov.hmicfrs.findings.authoring;

import uk.gov.hmicfrs.findings.system.web.FieldRuleException;

/** A rule only the database can check (a duplicate slug, say), shown against a form field. */
public class AuthoringRuleException extends FieldRuleException {

    public AuthoringRuleException(String field, String message) {
        super(field, message);
    }
}
