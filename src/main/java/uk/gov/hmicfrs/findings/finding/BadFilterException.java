package uk.gov.hmicfrs.findings.finding;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.gov.hmicfrs.findings.system.web.FormError;

/** A filter value the request cannot be answered with: the client's mistake, so 400, never 500. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadFilterException extends RuntimeException {

    private final transient List<FormError> errors;

    public BadFilterException(List<FormError> errors) {
        super(errors.isEmpty() ? "Bad filter" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public BadFilterException(String field, String message) {
        this(List.of(new FormError(field, message)));
    }

    public List<FormError> errors() {
        return errors;
    }
}
