package uk.gov.hmicfrs.findings.system.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over spring.servlet.multipart limits makes the container refuse the whole multipart
 * body: before Spring Security could even read the CSRF token, the user would get a bare 413 or
 * 403. Runs in the security filter chain once the signed-in user is known and before the CSRF check
 * (which would read the body), and:
 * <ul>
 * <li>sends a multipart request from someone not signed in to the sign-in page without reading its
 * body (no form of the app takes files before sign-in), so an anonymous client cannot make the
 * server read 50MB;</li>
 * <li>sends a signed-in user's oversized upload to one of the app's own upload forms back to that
 * form (303, a GET of the same path) with {@code ?fileTooLarge}, which the form shows as a GOV.UK
 * error. The path must match one of those forms, so the redirect can never leave the app.</li>
 * </ul>
 * Nothing is done with the refused request, so no CSRF check is needed for that redirect.
 */
public class UploadLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final List<String> uploadForms;

    /** @param uploadForms path patterns of the forms that take files ({@code app.upload-forms}) */
    public UploadLimitFilter(List<String> uploadForms) {
        this.uploadForms = List.copyOf(uploadForms);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipartPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!signedIn()) {
            // To sign in, as for any other page, but answered here without reading the body; not
            // through the error page either, which would read it after all.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + "/login");
            return;
        }
        StopReadingBodyValve.mayRead(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isUploadForm(path) && overSizeLimit(request)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + path + "?fileTooLarge");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
    }

    private boolean isUploadForm(String path) {
        return uploadForms.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    static boolean isMultipartPost(HttpServletRequest request) {
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
