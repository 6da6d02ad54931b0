package uk.gov.hmicfrs.findings.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/**
 * Puts a signed-in user's refused write (a service said no) in the audit log, so that attempts to
 * change another force's records are visible to admins. Reads that are refused are not logged.
 */
@Configuration
class RefusedWriteInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditService audit;

    RefusedWriteInterceptor(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /**
     * The refusal is method security's AccessDeniedException: passed here when it left the handler
     * (the pages, where Spring Security shows the 403 page), or kept as a request attribute when an
     * exception handler answered it (the API's 403 problem).
     */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object refusal = ex != null ? ex : request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        if (refusal instanceof AccessDeniedException && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof Actor user) {
                audit.recordRefusal(user, request.getMethod(), request.getRequestURI());
            }
        }
    }
}
