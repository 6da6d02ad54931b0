package uk.gov.hmicfrs.findings.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.hmicfrs.findings.system.web.FormErrors;

@Controller
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** Filters come from a GET form, so a filtered view can be bookmarked and shared. */
    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "1") String page, Model model) {
        FormErrors errors = new FormErrors();
        AuditEntityType type = null;
        if (entityType != null && !entityType.isBlank()) {
            try {
                type = AuditEntityType.valueOf(entityType);
            } catch (IllegalArgumentException e) {
                errors.add("entityType", "Select a type of record from the list");
            }
        }
        LocalDate fromDate = date(from, "from", "The ‘from’ date must be a real date, like 2025-01-31", errors);
        LocalDate toDate = date(to, "to", "The ‘to’ date must be a real date, like 2025-01-31", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", "The ‘to’ date must be the same as or after the ‘from’ date");
        }
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        AuditFilter filter = !errors.any() ? new AuditFilter(user, type, fromDate, toDate) : new AuditFilter(null, null, null, null);
        AuditPage result = audit.search(filter, pageNumber);
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("pageHasErrors", errors.any());
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("entityType", entityType == null ? "" : entityType);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("types", AuditEntityType.values());
        model.addAttribute("previousHref", result.hasPrevious() ? pageHref(user, entityType, from, to, result.page() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? pageHref(user, entityType, from, to, result.page() + 1) : null);
        return "audit/list";
    }

    private static LocalDate date(String value, String field, String message, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }

    private static String pageHref(String user, String entityType, String from, String to, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
        if (user != null && !user.isBlank()) uri.queryParam("user", user);
        if (entityType != null && !entityType.isBlank()) uri.queryParam("entityType", entityType);
        if (from != null && !from.isBlank()) uri.queryParam("from", from);
        if (to != null && !to.isBlank()) uri.queryParam("to", to);
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
