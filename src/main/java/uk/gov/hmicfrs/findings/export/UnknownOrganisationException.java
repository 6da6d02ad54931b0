package uk.gov.hmicfrs.findings.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownOrganisationException extends RuntimeException {

    UnknownOrganisationException(String slug) {
        super("No organisation " + slug);
    }
}
