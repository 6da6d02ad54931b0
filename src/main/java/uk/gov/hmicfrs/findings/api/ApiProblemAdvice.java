package uk.gov.hmicfrs.findings.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.gov.hmicfrs.findings.finding.BadFilterException;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/** Every error of the API's controllers as an RFC 9457 problem detail (Spring's own for the framework's exceptions). */
@RestControllerAdvice(basePackageClasses = ApiProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    static final String NOT_ALLOWED = "You are not allowed to do this";

    @ExceptionHandler(BadFilterException.class)
    ProblemDetail badFilter(BadFilterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", fieldErrors(e.errors()));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Method security's refusal says only "Access Denied"; the client is told the same as by the filter chain. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }

    /** Names the record (for an action: {@code "actionId": 9}) so that a client knows what to read again. */
    @ExceptionHandler(StaleEditException.class)
    ProblemDetail conflict(StaleEditException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The " + e.what()
                + " has changed since you read it. Read it again, then send your update with its new version.");
        problem.setProperty(e.what() + "Id", e.id());
        return problem;
    }

    /** Names each invalid field of a request body, as the pages' error summaries do. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        List<Map<String, String>> errors = fieldErrors(e.getBindingResult());
        problem.setDetail(errors.isEmpty() ? "The request body is not valid" : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** A problem's "errors": each field error as its field and message, in the order they were found. */
    private static List<Map<String, String>> fieldErrors(BindingResult errors) {
        return errors.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()))).toList();
    }
}
