package uk.gov.hmicfrs.findings.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns binding errors into what a GOV.UK form page shows: an error summary whose links point at
 * the field ids, and one message per field. Field ids are the field names with dots and brackets
 * replaced by hyphens, so templates give inputs the same ids.
 */
public final class ErrorSummary {

    public record Link(String href, String text) {
    }

    private ErrorSummary() {
    }

    /** Adds errorLinks, fieldErrors and pageHasErrors (for the "Error: " title prefix) to the model. */
    public static void addTo(Model model, BindingResult errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        List<Link> links = new java.util.ArrayList<>();
        byField.forEach((field, message) -> links.add(new Link("#" + idOf(field), message)));
        errors.getGlobalErrors().forEach(e -> links.add(new Link("#main-content", e.getDefaultMessage())));
        model.addAttribute("errorLinks", links);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("pageHasErrors", !links.isEmpty());
    }

    public static String idOf(String field) {
        return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }
}
