package uk.gov.hmicfrs.findings.authoring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Checks a GOV.UK date input (day, month, year fields) with the design system's wording:
 * "Enter the due date", "Due date must include a month", "Due date must be a real date".
 */
final class DateInput {

    private DateInput() {
    }

    /**
     * @param field  the form's property prefix, e.g. "dueOn" for dueOnDay, dueOnMonth, dueOnYear
     * @param label  how the message names the date, e.g. "Due date"
     * @return the date, or null when blank (and not required) or invalid (an error is then recorded)
     */
    static LocalDate check(BindingResult errors, String field, String label, String day, String month, String year,
                           boolean required) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            if (required) {
                errors.rejectValue(field + "Day", "required", "Enter the " + label.toLowerCase());
            }
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (noDay) missing.add("day");
        if (noMonth) missing.add("month");
        if (noYear) missing.add("year");
        if (!missing.isEmpty()) {
            String first = missing.get(0);
            errors.rejectValue(field + Character.toUpperCase(first.charAt(0)) + first.substring(1), "incomplete",
                    label + " must include a " + String.join(" and ", missing));
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                errors.rejectValue(field + "Year", "year", "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.rejectValue(field + "Day", "real", label + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
