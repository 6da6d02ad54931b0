package uk.gov.hmicfrs.findings.system.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** A form's errors in page order, for the GOV.UK error summary and the messages by each field. */
public final class FormErrors {

    public record Error(String fieldId, String message) {
        public String href() {
            return "#" + fieldId;
        }
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** The first message for a field wins (the most basic problem is the one to fix first). */
    public FormErrors add(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
        return this;
    }

    /** Adds Bean Validation violations in the order the fields appear on the page. */
    public <T> FormErrors addAll(Set<ConstraintViolation<T>> violations, List<String> fieldOrder) {
        for (String field : fieldOrder) {
            violations.stream().filter(v -> v.getPropertyPath().toString().equals(field))
                    .map(ConstraintViolation::getMessage).sorted().findFirst()
                    .ifPresent(message -> add(field, message));
        }
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String get(String fieldId) {
        return byField.get(fieldId);
    }

    /** The CSS class of a form group: adds the error modifier (kept out of the template, see NavigationItem). */
    public String group(String fieldId) {
        return has(fieldId) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
    }

    public String input(String baseClass, String fieldId, String errorClass) {
        return has(fieldId) ? baseClass + " " + errorClass : baseClass;
    }

    public List<Error> list() {
        List<Error> errors = new ArrayList<>();
        byField.forEach((field, message) -> errors.add(new Error(field, message)));
        return errors;
    }
}
