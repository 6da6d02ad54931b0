package uk.gov.hmicfrs.findings.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * When an upload is over the container's size limits, the container refuses to parse the whole
 * multipart body, so the CSRF token in it cannot be read and the request fails the CSRF check.
 * That case is sent back (303, to a GET of the same form) with a GOV.UK "file too large" error
 * instead of a bare 403. Nothing is done with the request itself, so skipping the CSRF check
 * for the redirect is safe. Every other refusal gets the normal 403 page.
 */
class UploadTooLargeAwareAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler standard = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && uploadTooLarge(request)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + "?fileTooLarge");
            return;
        }
        standard.handle(request, response, denied);
    }

    private static boolean uploadTooLarge(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            // Tomcat reports a size limit this way (its FileSizeLimitExceeded/SizeLimitExceeded).
            return true;
        } catch (IOException | ServletException e) {
            return false;
        }
    }
}
