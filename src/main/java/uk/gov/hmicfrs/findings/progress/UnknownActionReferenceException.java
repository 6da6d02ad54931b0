package uk.gov.hmicfrs.findings.progress;

/** An inspector named an action (to supersede with) that does not exist: a form error, not a 404. */
public class UnknownActionReferenceException extends RuntimeException {

    public UnknownActionReferenceException(String message) {
        super(message);
    }
}
