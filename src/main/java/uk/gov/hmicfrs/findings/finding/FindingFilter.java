package uk.gov.hmicfrs.findings.finding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * The finding filters shared by /search, the findings export and the API: slugs for inspection,
 * region, organisation and theme; enum names for type (repeatable, as on /search) and section; free text q; and an optional
 * range of publication dates (from, to, ISO dates). Slugs are checked against the database by
 * {@link ExportQueries#checkSlugs}.
 */
public record FindingFilter(String inspection, String region, String organisation, List<FindingType> types,
                            ReportSection section, String theme, String q, LocalDate from, LocalDate to) {

    public static final FindingFilter NONE = new FindingFilter(null, null, null, List.of(), null, null, null, null, null);

    /** @throws BadFilterException naming every bad value */
    public static FindingFilter parse(String inspection, String region, String organisation, List<String> type,
                                      String section, String theme, String q, String from, String to) {
        BindingResult errors = ErrorSummary.errorsFor("inspection", "region", "organisation", "type", "section", "theme", "q",
                "from", "to");
        List<FindingType> parsedTypes = new ArrayList<>();
        for (String raw : type == null ? List.<String>of() : type) {
            FindingType parsed = parseEnum(FindingType.class, raw, "type", "Select a finding type from the list", errors);
            if (parsed != null && !parsedTypes.contains(parsed)) {
                parsedTypes.add(parsed);
            }
        }
        ReportSection parsedSection = parseEnum(ReportSection.class, section, "section", "Select a report section from the list", errors);
        LocalDate parsedFrom = parseDate(from, "from", "Published from", errors);
        LocalDate parsedTo = parseDate(to, "to", "Published to", errors);
        if (parsedFrom != null && parsedTo != null && parsedTo.isBefore(parsedFrom)) {
            errors.rejectValue("to", "order", "Published to must be the same as or after published from");
        }
        if (errors.hasErrors()) {
            throw new BadFilterException(errors);
        }
        return new FindingFilter(blankToNull(inspection), blankToNull(region), blankToNull(organisation), List.copyOf(parsedTypes),
                parsedSection, blankToNull(theme), blankToNull(q), parsedFrom, parsedTo);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, String message, Errors errors) {
        if (!StringUtils.hasText(raw)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(raw.trim())).findFirst()
                .orElseGet(() -> {
                    errors.rejectValue(field, "unknown", message);
                    return null;
                });
    }

    public static LocalDate parseDate(String raw, String field, String label, Errors errors) {
        if (!StringUtils.hasText(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "real", label + " must be a real date, like 2024-05-14");
            return null;
        }
    }

    public static String blankToNull(String raw) {
        return StringUtils.hasText(raw) ? raw.trim() : null;
    }

    /** The types as enum names joined by commas, for SQL; null for every type. */
    public String typeNames() {
        return types.isEmpty() ? null : String.join(",", types.stream().map(Enum::name).toList());
    }

    public String sectionName() {
        return section == null ? null : section.name();
    }
}
