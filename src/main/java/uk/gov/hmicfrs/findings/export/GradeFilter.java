package uk.gov.hmicfrs.findings.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * The filters of the grade summary and of its export: region (slug), inspection kind (enum name)
 * and year of publication. Parsed from the raw query string so that a bad value becomes a GOV.UK
 * error message instead of a binding failure.
 */
public record GradeFilter(String region, InspectionKind kind, Integer year) {

    public static final GradeFilter NONE = new GradeFilter(null, null, null);

    /**
     * Checks raw values; region slugs are checked later against the database by the service.
     *
     * @param thisYear {@code Today.year()}: a year may be at most the next one
     */
    public static GradeFilter parse(String region, String kind, String year, Errors errors, int thisYear) {
        InspectionKind parsedKind = null;
        if (StringUtils.hasText(kind)) {
            parsedKind = Arrays.stream(InspectionKind.values()).filter(k -> k.name().equals(kind.trim()))
                    .findFirst().orElse(null);
            if (parsedKind == null) {
                errors.rejectValue("kind", "unknown", "Select an inspection kind from the list");
            }
        }
        Integer parsedYear = null;
        if (StringUtils.hasText(year)) {
            try {
                parsedYear = Integer.valueOf(year.trim());
                if (parsedYear < 2000 || parsedYear > thisYear + 1) {
                    errors.rejectValue("year", "range", "Year must be between 2000 and " + (thisYear + 1));
                    parsedYear = null;
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("year", "number", "Year must be a number, like 2024");
            }
        }
        return new GradeFilter(StringUtils.hasText(region) ? region.trim() : null, parsedKind, parsedYear);
    }

    public String kindName() {
        return kind == null ? null : kind.name();
    }

    /** The query string that carries this filter to another URL (an export, the chart page). */
    public String queryString() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", region);
        params.put("kind", kindName());
        params.put("year", year);
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        params.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        String query = builder.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    /** Errors for the filter form, in its fields' order on the page. */
    static BindingResult newErrors() {
        return ErrorSummary.errorsFor("region", "kind", "year");
    }
}
