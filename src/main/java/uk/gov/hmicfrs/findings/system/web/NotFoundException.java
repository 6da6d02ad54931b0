package uk.gov.hmicfrs.findings.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A slug, reference or id names nothing, in any feature: a page answers the GOV.UK 404 page, the API an
 * RFC 9457 problem whose detail is this message.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    /** @param what what was asked for, as a reader would name it: "Organisation west-mercia-police" */
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
