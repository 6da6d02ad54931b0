package uk.gov.hmicfrs.findings.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Another admin changed the user after this form was opened. */
@ResponseStatus(HttpStatus.CONFLICT)
public class UserChangedException extends RuntimeException {

    public UserChangedException(long id) {
        super("User " + id + " has changed");
    }
}
