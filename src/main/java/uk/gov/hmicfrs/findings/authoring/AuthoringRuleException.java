package uk.gov.hmicfrs.findings.authoring;

/** A rule only the database can check (a duplicate slug, say), shown against a form field. */
public class AuthoringRuleException extends RuntimeException {

    private final String field;

    public AuthoringRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
