package uk.gov.hmicfrs.findings.theme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else changed the theme since the form was shown. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleThemeException extends RuntimeException {
    public StaleThemeException(String slug) {
        super("Theme " + slug + " was changed by someone else");
    }
}
