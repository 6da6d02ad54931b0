package uk.gov.hmicfrs.findings.finding;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * Filter values the request cannot be answered with: the client's mistake, so 400, never 500. Carries the errors
 * as every form does, a BindingResult, so that a page shows them with ErrorSummary and the API lists them.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadFilterException extends RuntimeException {

    private final transient BindingResult errors;

    public BadFilterException(BindingResult errors) {
        super(errors.hasErrors() ? errors.getAllErrors().get(0).getDefaultMessage() : "Bad filter");
        this.errors = errors;
    }

    public BadFilterException(String field, String message) {
        this(single(field, message));
    }

    private static BindingResult single(String field, String message) {
        BindingResult errors = ErrorSummary.errorsFor(field);
        errors.rejectValue(field, "unknown", message);
        return errors;
    }

    public BindingResult errors() {
        return errors;
    }
}
