package uk.gov.hmicfrs.findings.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record changed since the form was shown (optimistic locking): nothing was saved. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends RuntimeException {
    public StaleEditException(String what) {
        super(what + " was changed by someone else since you opened the form");
    }
}
