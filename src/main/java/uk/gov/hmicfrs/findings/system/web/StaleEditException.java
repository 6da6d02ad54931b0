package uk.gov.hmicfrs.findings.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record changed after the user read it (its version moved on): their save is refused, not merged,
 * and nothing was saved. A form that can show what changed catches it and answers 409 with the user's
 * input kept; otherwise a page answers the 409 error page, the API an RFC 9457 problem naming the record.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends RuntimeException {

    private final String what;
    private final Object id;

    /**
     * @param what the kind of record, in lower case: "action", "finding"
     * @param id   its id, reference or slug
     */
    public StaleEditException(String what, Object id) {
        super("The " + what + " " + id + " was changed by someone else since it was read");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
