package uk.gov.hmicfrs.findings.account;

/** A rule that only the service can check (a taken username, a wrong current password): shown as a form error. */
public class AccountProblemException extends RuntimeException {

    private final String field;

    public AccountProblemException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
