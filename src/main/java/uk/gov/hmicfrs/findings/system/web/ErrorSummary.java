package uk.gov.hmicfrs.findings.system.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The codes of "this field is missing" errors: Bean Validation's and the date inputs'. */
    private static final Set<String> MISSING = Set.of("NotBlank", "NotNull", "NotEmpty", "required");

    private ErrorSummary() {
    }

    /**
     * Adds errorLinks, fieldErrors and pageHasErrors (for the "Error: " title prefix) to the model. The
     * errors are listed in the order of the form's fields, which is the order of the page, since Bean
     * Validation reports them in no fixed order; where a field breaks several rules, the message that it
     * is missing comes first, as that is the one to fix first.
     */
    public static void addTo(Model model, BindingResult errors) {
        List<String> fieldOrder = fieldOrder(errors.getTarget());
        List<FieldError> fieldErrors = new ArrayList<>(errors.getFieldErrors());
        fieldErrors.sort(Comparator.<FieldError>comparingInt(e -> position(fieldOrder, e.getField()))
                .thenComparingInt(e -> MISSING.contains(e.getCode()) ? 0 : 1));
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            byField.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        List<Link> links = new ArrayList<>();
        byField.forEach((field, message) -> links.add(new Link("#" + idOf(field), message)));
        errors.getGlobalErrors().forEach(e -> links.add(new Link("#main-content", e.getDefaultMessage())));
        model.addAttribute("errorLinks", links);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("pageHasErrors", !links.isEmpty());
    }

    /**
     * The form bean's fields in declaration order, which the form pages follow (records by definition;
     * classes as the JVM lists declared fields, in source order).
     */
    static List<String> fieldOrder(Object form) {
        if (form == null) {
            return List.of();
        }
        Class<?> type = form.getClass();
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
    }

    /** Where a field (or a nested path such as {@code items[2].name}) sits; unknown ones go last. */
    private static int position(List<String> fieldOrder, String field) {
        String root = field.split("[.\\[]", 2)[0];
        int index = fieldOrder.indexOf(root);
        return index < 0 ? fieldOrder.size() : index;
    }

    public static String idOf(String field) {
        return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }
}
