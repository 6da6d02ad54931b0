package uk.gov.hmicfrs.findings.system.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over spring.servlet.multipart limits makes the container refuse the whole multipart
 * body: before Spring Security could even read the CSRF token, the user would get a bare 413 or
 * 403. Runs before the security filters, and sends such a request back (303, a GET of the same
 * form) with {@code ?fileTooLarge}, which the form shows as a GOV.UK error. Nothing is done
 * with the refused request, so no CSRF check is needed for that redirect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipartPost(request) && overSizeLimit(request)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + "?fileTooLarge");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean overSizeLimit(HttpServletRequest request) {
        try {
            request.getParts();
            return false;
        } catch (IOException | ServletException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String name = cause.getClass().getSimpleName();
                if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                    return true;
                }
            }
            return false;
        }
    }
}
