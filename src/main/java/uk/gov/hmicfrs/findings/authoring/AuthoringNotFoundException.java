package uk.gov.hmicfrs.findings.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AuthoringNotFoundException extends RuntimeException {
    public AuthoringNotFoundException(String what) {
        super("Not found: " + what);
    }
}
