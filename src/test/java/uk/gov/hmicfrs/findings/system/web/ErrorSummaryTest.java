package uk.gov.hmicfrs.findings.system.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorSummaryTest {

    record Form(String title, String body, String source) {
    }

    @Test
    void errorsAreListedInTheFormsOrderWithTheMissingMessageFirstAndOnePerField() {
        BindingResult errors = new BeanPropertyBindingResult(new Form(" ", "", ""), "form");
        ErrorSummary.rejectOther(errors, "files", "Select up to 5 files");
        errors.rejectValue("source", "Size", "Source must be 500 characters or fewer");
        errors.rejectValue("title", "Size", "Title must be 300 characters or fewer");
        errors.rejectValue("title", "NotBlank", "Enter a title");
        errors.reject("stale", "Someone else changed this");
        ExtendedModelMap model = new ExtendedModelMap();
        ErrorSummary.addTo(model, errors);
        assertThat(model.get("errorLinks")).isEqualTo(List.of(
                new ErrorSummary.Link("#title", "Enter a title"),
                new ErrorSummary.Link("#source", "Source must be 500 characters or fewer"),
                new ErrorSummary.Link("#files", "Select up to 5 files"),
                new ErrorSummary.Link("#main-content", "Someone else changed this")));
        assertThat(model.get("fieldErrors")).isEqualTo(Map.of("title", "Enter a title",
                "source", "Source must be 500 characters or fewer", "files", "Select up to 5 files"));
        assertThat(model.get("pageHasErrors")).isEqualTo(true);
    }

    @Test
    void aFormWithNoBeanIsOrderedByTheFieldsItNames() {
        BindingResult errors = ErrorSummary.errorsFor("region", "kind", "year");
        errors.rejectValue("year", "number", "Year must be a number, like 2024");
        errors.rejectValue("region", "unknown", "Select a region from the list");
        ExtendedModelMap model = new ExtendedModelMap();
        ErrorSummary.addTo(model, errors);
        assertThat(model.get("errorLinks")).isEqualTo(List.of(
                new ErrorSummary.Link("#region", "Select a region from the list"),
                new ErrorSummary.Link("#year", "Year must be a number, like 2024")));
    }

    @Test
    void aFieldMarkedForAProblemListedElsewhereHasNoLinkOfItsOwn() {
        BindingResult errors = ErrorSummary.errorsFor("day", "month");
        errors.rejectValue("day", "real", "Date must be a real date");
        errors.rejectValue("month", ErrorSummary.SAME_PROBLEM, "Date must be a real date");
        ExtendedModelMap model = new ExtendedModelMap();
        ErrorSummary.addTo(model, errors);
        assertThat(model.get("errorLinks")).isEqualTo(List.of(new ErrorSummary.Link("#day", "Date must be a real date")));
        assertThat(model.get("fieldErrors")).isEqualTo(Map.of("day", "Date must be a real date", "month", "Date must be a real date"));
    }

    @Test
    void noErrorsShowNoSummary() {
        ExtendedModelMap model = new ExtendedModelMap();
        ErrorSummary.addTo(model, ErrorSummary.errorsFor("q"));
        assertThat(model.get("errorLinks")).isEqualTo(List.of());
        assertThat(model.get("pageHasErrors")).isEqualTo(false);
    }
}
