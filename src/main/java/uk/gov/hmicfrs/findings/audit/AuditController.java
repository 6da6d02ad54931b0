package uk.gov.hmicfrs.findings.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.hmicfrs.findings.system.web.ErrorSummary;
import uk.gov.hmicfrs.findings.system.web.SelectOption;

@Controller
class AuditController {

    private static final List<SelectOption> TYPES = Arrays.stream(AuditEntityType.values())
            .map(t -> new SelectOption(t.name(), t.label())).toList();

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** Filters come from a GET form, so a filtered view can be bookmarked and shared. */
    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "1") String page, Model model) {
        BindingResult errors = ErrorSummary.errorsFor("user", "entityType", "from", "to");
        AuditEntityType type = null;
        if (entityType != null && !entityType.isBlank()) {
            try {
                type = AuditEntityType.valueOf(entityType);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("entityType", "unknown", "Select a type of record from the list");
            }
        }
        LocalDate fromDate = date(from, "from", "The ‘from’ date must be a real date, like 2025-01-31", errors);
        LocalDate toDate = date(to, "to", "The ‘to’ date must be a real date, like 2025-01-31", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "order", "The ‘to’ date must be the same as or after the ‘from’ date");
        }
        int pageNumber;
        try {
            pageNumber = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        AuditFilter filter = !errors.hasErrors() ? new AuditFilter(user, type, fromDate, toDate) : new AuditFilter(null, null, null, null);
        AuditPage result = audit.search(filter, pageNumber);
        model.addAttribute("result", result);
        ErrorSummary.addTo(model, errors);
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("entityType", entityType == null ? "" : entityType);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("types", TYPES);
        model.addAttribute("previousHref", result.hasPrevious() ? pageHref(user, entityType, from, to, result.page() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? pageHref(user, entityType, from, to, result.page() + 1) : null);
        return "audit/list";
    }

    private static LocalDate date(String value, String field, String message, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "real", message);
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
