package uk.gov.hmicfrs.findings.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The action changed after the user opened the form: their save is refused, not merged. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ActionChangedException extends RuntimeException {

    private final long actionId;

    public ActionChangedException(long actionId) {
        super("Action " + actionId + " has changed since the form was opened");
        this.actionId = actionId;
    }

    public long actionId() {
        return actionId;
    }
}
