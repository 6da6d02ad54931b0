package uk.gov.hmicfrs.findings.system.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** A form's errors in page order, for the GOV.UK error summary and the messages by each field. */
public final class FormErrors {

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

    /** The error summary's links, the same kind ErrorSummary makes, so one summary fragment shows both. */
    public List<ErrorSummary.Link> list() {
        List<ErrorSummary.Link> links = new ArrayList<>();
        byField.forEach((field, message) -> links.add(new ErrorSummary.Link("#" + field, message)));
        return links;
    }
}
