package uk.gov.hmicfrs.findings.system.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * A GOV.UK date input: day, month and year boxes, bound to the form fields {@code <field>Day}, {@code <field>Month}
 * and {@code <field>Year} (so the boxes' ids, which the error summary links to, are those names too), and checked
 * with the design system's messages: "Enter the due date", "Due date must include a month", "Due date must be a
 * real date", "Due date must be between 1 January 1900 and 31 December 2100". Every box in error is marked; the
 * summary links to the first.
 *
 * @param field    the form's property prefix, e.g. "dueOn" for dueOnDay, dueOnMonth and dueOnYear
 * @param label    how the messages name the date, e.g. "Due date"
 * @param required whether leaving all three boxes empty is an error (else it means no date)
 */
public record DateInput(String field, String label, boolean required) {

    /**
     * Every date this service records, a report's publication or a recommendation's deadline, falls well within
     * these years; a year outside them is a slip (2 digits, a dropped or doubled one), never a date anyone means,
     * and the database would store it all the same.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final String[] PARTS = {"Day", "Month", "Year"};

    public static DateInput required(String field, String label) {
        return new DateInput(field, label, true);
    }

    public static DateInput optional(String field, String label) {
        return new DateInput(field, label, false);
    }

    /** @return the date, or null when it is left empty (and not required) or has an error, which is then recorded */
    public LocalDate read(Errors errors, String day, String month, String year) {
        String[] typed = {day, month, year};
        List<Integer> missing = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            if (typed[part] == null || typed[part].isBlank()) {
                missing.add(part);
            }
        }
        if (missing.size() == 3) {
            if (required) {
                reject(errors, List.of(0, 1, 2), "required", "Enter the " + label.toLowerCase(Locale.UK));
            }
            return null;
        }
        if (!missing.isEmpty()) {
            reject(errors, missing, "incomplete", label + " must include a "
                    + String.join(" and ", missing.stream().map(part -> PARTS[part].toLowerCase(Locale.UK)).toList()));
            return null;
        }
        int[] numbers = new int[3];
        List<Integer> notReal = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            numbers[part] = number(typed[part]);
            if (numbers[part] < 0 || (part == 0 && numbers[part] > 31) || (part == 1 && numbers[part] > 12)
                    || (part < 2 && numbers[part] == 0)) {
                notReal.add(part);
            }
        }
        if (!notReal.isEmpty()) {
            reject(errors, notReal, "real", label + " must be a real date");
            return null;
        }
        if (numbers[2] < FIRST_YEAR || numbers[2] > LAST_YEAR) {
            reject(errors, List.of(2), "range", label + " must be between 1 January " + FIRST_YEAR
                    + " and 31 December " + LAST_YEAR);
            return null;
        }
        try {
            return LocalDate.of(numbers[2], numbers[1], numbers[0]);
        } catch (DateTimeException e) {
            // each box is a possible value, but not together (31 February): the whole date is wrong
            reject(errors, List.of(0, 1, 2), "real", label + " must be a real date");
            return null;
        }
    }

    /** The box's whole number, or -1 when it is not one. */
    private static int number(String typed) {
        String digits = typed.strip();
        if (!digits.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** The message against the first box in error; the others are marked with it. */
    private void reject(Errors errors, List<Integer> parts, String code, String message) {
        for (int i = 0; i < parts.size(); i++) {
            errors.rejectValue(field + PARTS[parts.get(i)], i == 0 ? code : ErrorSummary.SAME_PROBLEM, message);
        }
    }
}
