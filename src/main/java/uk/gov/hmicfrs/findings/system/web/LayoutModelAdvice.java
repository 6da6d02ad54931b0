package uk.gov.hmicfrs.findings.system.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.gov.hmicfrs.findings.account.CurrentUser;

/** What the layout shows on every page: who is signed in, the menu, the header search. No SQL. */
@ControllerAdvice
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
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI();
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Home", "/", path.equals("/")));
        items.add(new NavigationItem("Search", "/search", path.startsWith("/search")));
        return items;
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
