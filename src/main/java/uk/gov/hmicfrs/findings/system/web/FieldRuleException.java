package uk.gov.hmicfrs.findings.system.web;

/** A rule a service found broken (a duplicate slug, say), shown against the form field it is about. */
public class FieldRuleException extends RuntimeException {

    private final String field;

    public FieldRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
