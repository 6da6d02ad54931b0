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
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.gov.hmicfrs.findings.finding.BadFilterException;
import uk.gov.hmicfrs.findings.progress.ActionChangedException;
import uk.gov.hmicfrs.findings.progress.ActionNotFoundException;

/** Every error of the API's controllers as an RFC 9457 problem detail (Spring's own for the framework's exceptions). */
@RestControllerAdvice(basePackageClasses = ApiProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    static final String NOT_ALLOWED = "You are not allowed to do this";

    @ExceptionHandler(BadFilterException.class)
    ProblemDetail badFilter(BadFilterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", e.errors().stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    @ExceptionHandler({ApiNotFoundException.class, ActionNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Method security's refusal says only "Access Denied"; the client is told the same as by the filter chain. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }

    @ExceptionHandler(ActionChangedException.class)
    ProblemDetail conflict(ActionChangedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The action has changed since you read it. Read it again, then send your update with its new version.");
        problem.setProperty("actionId", e.actionId());
        return problem;
    }

    /** Names each invalid field of a request body, as the pages' error summaries do. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()))).toList();
        problem.setDetail(errors.isEmpty() ? "The request body is not valid" : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
