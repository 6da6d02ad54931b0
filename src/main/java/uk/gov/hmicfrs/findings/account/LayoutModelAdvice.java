package uk.gov.hmicfrs.findings.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.account.Role;

/**
 * What the layout shows on every page: who is signed in, the menu, the header search. No SQL.
 * Only for the app's own controllers: actuator endpoints must not get a CSRF token (and so a session).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private static final int MAX_HEADER_QUERY = 200;

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        CurrentUser user = currentUser();
        if (user == null || isApi(request)) {
            return List.of();
        }
        // The sign-out form in the menu needs the CSRF token, which may need a session. Load it now:
        // while the page renders, a long page may already have committed the response.
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        String path = request.getRequestURI();
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Home", "/", path.equals("/")));
        items.add(new NavigationItem("Search", "/search", path.startsWith("/search")));
        items.add(new NavigationItem("Themes", "/themes", path.startsWith("/themes")));
        items.add(new NavigationItem("Grades", "/grades", path.startsWith("/grades")));
        items.add(new NavigationItem("Downloads", "/exports", path.startsWith("/exports")));
        if (user.is(Role.FORCE_LEAD)) {
            items.add(new NavigationItem("My actions", "/my-actions", path.startsWith("/my-actions")));
        }
        if (user.is(Role.INSPECTOR)) {
            items.add(new NavigationItem("Awaiting assessment", "/actions/awaiting-assessment",
                    path.startsWith("/actions/awaiting-assessment")));
            items.add(new NavigationItem("Import a report", "/inspections/import", path.startsWith("/inspections/import")));
        }
        if (user.is(Role.ADMIN)) {
            items.add(new NavigationItem("Users", "/admin/users", path.startsWith("/admin/users")));
            items.add(new NavigationItem("Audit log", "/admin/audit", path.startsWith("/admin/audit")));
            items.add(new NavigationItem("Manage themes", "/admin/themes", path.startsWith("/admin/themes")));
        }
        items.add(new NavigationItem("API tokens", "/account/tokens", path.startsWith("/account/tokens")));
        items.add(new NavigationItem("Change password", "/account/password", path.startsWith("/account/password")));
        return items;
    }

    /**
     * Resolves the deferred CSRF token before the page starts streaming: saving a new token needs
     * the session, which cannot be created once a long page has committed the response. Not for
     * the API, whose bearer-token requests must not create sessions.
     */
    @ModelAttribute
    void resolveCsrfToken(HttpServletRequest request) {
        if (!isApi(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    /** The API's controllers have no layout, and its bearer-token requests must not create sessions. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    @ModelAttribute("headerQuery")
    String headerQuery(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/search")) {
            return null;
        }
        // Echo at most what the search itself uses: a 10,000-character query must not fill the
        // response buffer (and commit it) before the page has its CSRF token.
        String q = request.getParameter("q");
        return q == null || q.length() <= MAX_HEADER_QUERY ? q : q.substring(0, MAX_HEADER_QUERY);
    }
}
