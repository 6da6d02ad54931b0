package uk.gov.hmicfrs.findings.theme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ThemeNotFoundException extends RuntimeException {
    public ThemeNotFoundException(String slug) {
        super("No theme or region " + slug);
    }
}
