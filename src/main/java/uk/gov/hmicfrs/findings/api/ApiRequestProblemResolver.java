package uk.gov.hmicfrs.findings.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for /api/ requests that no API controller took: an unknown path (404), a wrong
 * method (405) or an Accept header the endpoint cannot serve (406). Controller advice never sees
 * these, because no controller was chosen; other paths are left to the usual error pages.
 */
@Component
class ApiRequestProblemResolver implements HandlerExceptionResolver, Ordered {

    private final ProblemWriter problems;

    ApiRequestProblemResolver(JsonMapper json) {
        this.problems = new ProblemWriter(json);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        try {
            if (e instanceof HttpMediaTypeNotAcceptableException) {
                problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "This endpoint answers only application/json");
            } else if (e instanceof NoResourceFoundException) {
                problems.write(request, response, HttpStatus.NOT_FOUND, "There is no such API endpoint");
            } else if (e instanceof HttpRequestMethodNotSupportedException unsupported) {
                response.setHeader("Allow", String.join(", ", unsupported.getSupportedMethods() == null ? new String[0] : unsupported.getSupportedMethods()));
                problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
            } else {
                return null;
            }
            return new ModelAndView();
        } catch (IOException io) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
