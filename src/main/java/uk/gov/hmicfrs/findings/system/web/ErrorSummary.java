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

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a form's errors, always a Spring {@link BindingResult}, into what a GOV.UK form page shows: an error
 * summary whose links point at the field ids, and one message per field. Field ids are the field names with dots
 * and brackets replaced by hyphens, so templates give inputs the same ids. Every page names them the same:
 * {@code errorLinks} for the summary, {@code fieldErrors} for the messages by the fields (looked up by id) and
 * {@code pageHasErrors} for the "Error: " title prefix.
 */
public final class ErrorSummary {

    public record Link(String href, String text) {
    }

    /**
     * The code of an error that marks a field as in error for a problem already listed against another field, so
     * the summary lists it once: the other boxes of a date that is not a real one, say.
     */
    public static final String SAME_PROBLEM = "sameProblem";

    /** The codes of "this field is missing" errors: Bean Validation's and the date inputs'. */
    private static final Set<String> MISSING = Set.of("NotBlank", "NotNull", "NotEmpty", "required");

    private ErrorSummary() {
    }

    /**
     * Errors for a form with no bean behind it (a filter read from the query string as plain strings): the
     * fields, named in the order the page shows them, are what the summary is ordered by.
     */
    public static BindingResult errorsFor(String... fieldsInPageOrder) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : fieldsInPageOrder) {
            fields.put(field, null);
        }
        return new MapBindingResult(fields, "form");
    }

    /**
     * Records an error against something on the page that the form bean does not hold (an upload, the list of
     * results), which {@link BindingResult#rejectValue} would refuse. The summary lists it after the bean's fields.
     */
    public static void rejectOther(BindingResult errors, String id, String message) {
        errors.addError(new FieldError(errors.getObjectName(), id, message));
    }

    /**
     * Adds errorLinks, fieldErrors and pageHasErrors to the model and, when there are errors, answers 400: every form
     * shown again with its errors does. The errors are listed in the order of the form's fields, which is the order
     * of the page, since Bean Validation reports them in no fixed order; where a field breaks several rules, the
     * message that it is missing comes first, as that is the one to fix first.
     */
    public static void addTo(Model model, BindingResult errors) {
        List<String> fieldOrder = fieldOrder(errors.getTarget());
        List<FieldError> fieldErrors = new ArrayList<>(errors.getFieldErrors());
        List<String> recorded = fieldErrors.stream().map(FieldError::getField).distinct().toList();
        // Fields the form does not name keep the order they were recorded in, after those it does.
        fieldErrors.sort(Comparator.<FieldError>comparingInt(e -> position(fieldOrder, recorded, e.getField()))
                .thenComparingInt(e -> MISSING.contains(e.getCode()) ? 0 : 1));
        Map<String, String> byId = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            String id = idOf(error.getField());
            if (!byId.containsKey(id)) {
                byId.put(id, error.getDefaultMessage());
                if (!SAME_PROBLEM.equals(error.getCode())) {
                    links.add(new Link("#" + id, error.getDefaultMessage()));
                }
            }
        }
        errors.getGlobalErrors().forEach(e -> links.add(new Link("#main-content", e.getDefaultMessage())));
        model.addAttribute("errorLinks", links);
        model.addAttribute("fieldErrors", byId);
        model.addAttribute("pageHasErrors", !links.isEmpty());
        if (!links.isEmpty() && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            request.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    /**
     * The form's fields in the order the page shows them: a bean's in declaration order (records by definition;
     * classes as the JVM lists declared fields, in source order), or those given to {@link #errorsFor}.
     */
    static List<String> fieldOrder(Object form) {
        if (form == null) {
            return List.of();
        }
        if (form instanceof Map<?, ?> fields) {
            return fields.keySet().stream().map(String::valueOf).toList();
        }
        Class<?> type = form.getClass();
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
    }

    /** Where a field (or a nested path such as {@code items[2].name}) sits; unknown ones go last, as recorded. */
    private static int position(List<String> fieldOrder, List<String> recorded, String field) {
        String root = field.split("[.\\[]", 2)[0];
        int index = fieldOrder.indexOf(root);
        return index < 0 ? fieldOrder.size() + recorded.indexOf(field) : index;
    }

    public static String idOf(String field) {
        return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }
}
