package uk.gov.hmicfrs.findings.system.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

    private static final DateInput DUE = DateInput.required("dueOn", "Due date");

    /** What the page shows for a date typed into the three boxes: the summary's links and the boxes in error. */
    private record Shown(LocalDate date, List<ErrorSummary.Link> links, Map<String, String> boxes) {
    }

    @SuppressWarnings("unchecked")
    private static Shown type(DateInput input, String day, String month, String year) {
        BindingResult errors = ErrorSummary.errorsFor("dueOnDay", "dueOnMonth", "dueOnYear");
        LocalDate date = input.read(errors, day, month, year);
        ExtendedModelMap model = new ExtendedModelMap();
        ErrorSummary.addTo(model, errors);
        return new Shown(date, (List<ErrorSummary.Link>) model.get("errorLinks"), (Map<String, String>) model.get("fieldErrors"));
    }

    private static ErrorSummary.Link link(String id, String message) {
        return new ErrorSummary.Link("#" + id, message);
    }

    @Test
    void aRealDateIsRead() {
        Shown shown = type(DUE, " 31 ", "03", "2026");
        assertThat(shown.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(shown.links()).isEmpty();
        assertThat(shown.boxes()).isEmpty();
    }

    @Test
    void nothingEnteredIsAskedForWhenRequiredAndMeansNoDateWhenNot() {
        Shown required = type(DUE, "", " ", null);
        assertThat(required.date()).isNull();
        assertThat(required.links()).containsExactly(link("dueOnDay", "Enter the due date"));
        assertThat(required.boxes()).containsOnlyKeys("dueOnDay", "dueOnMonth", "dueOnYear");

        Shown optional = type(DateInput.optional("dueOn", "Due date"), "", "", "");
        assertThat(optional.date()).isNull();
        assertThat(optional.links()).isEmpty();
        assertThat(optional.boxes()).isEmpty();
    }

    @Test
    void aMissingPartIsNamedAndOnlyItsBoxIsMarked() {
        Shown noMonth = type(DUE, "1", "", "2026");
        assertThat(noMonth.links()).containsExactly(link("dueOnMonth", "Due date must include a month"));
        assertThat(noMonth.boxes()).containsOnlyKeys("dueOnMonth");

        Shown dayAndYear = type(DUE, "", "4", "");
        assertThat(dayAndYear.links()).containsExactly(link("dueOnDay", "Due date must include a day and year"));
        assertThat(dayAndYear.boxes()).containsOnlyKeys("dueOnDay", "dueOnYear")
                .containsEntry("dueOnYear", "Due date must include a day and year");
    }

    @Test
    void aDateThatCannotBeIsNotRealAndMarksTheBoxesThatAreWrong() {
        // each box could be right, but not together: the whole date is wrong
        Shown february = type(DUE, "31", "2", "2026");
        assertThat(february.date()).isNull();
        assertThat(february.links()).containsExactly(link("dueOnDay", "Due date must be a real date"));
        assertThat(february.boxes()).containsOnlyKeys("dueOnDay", "dueOnMonth", "dueOnYear");

        Shown month = type(DUE, "1", "13", "2026");
        assertThat(month.links()).containsExactly(link("dueOnMonth", "Due date must be a real date"));
        assertThat(month.boxes()).containsOnlyKeys("dueOnMonth");

        Shown words = type(DUE, "first", "May", "2026");
        assertThat(words.links()).containsExactly(link("dueOnDay", "Due date must be a real date"));
        assertThat(words.boxes()).containsOnlyKeys("dueOnDay", "dueOnMonth");

        assertThat(type(DUE, "0", "1", "2026").boxes()).containsOnlyKeys("dueOnDay");
    }

    @Test
    void theYearMustBeInTheServicesRange() {
        String range = "Due date must be between 1 January 1900 and 31 December 2100";
        for (String year : new String[] {"1899", "2101", "24", "0", "20226"}) {
            Shown shown = type(DUE, "1", "1", year);
            assertThat(shown.date()).as(year).isNull();
            assertThat(shown.links()).as(year).containsExactly(link("dueOnYear", range));
            assertThat(shown.boxes()).as(year).containsOnlyKeys("dueOnYear");
        }
        // a negative year is not a number a year can be (authoring once stored year -999)
        assertThat(type(DUE, "1", "1", "-999").links()).containsExactly(link("dueOnYear", "Due date must be a real date"));
        assertThat(type(DUE, "1", "1", "1900").date()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(type(DUE, "31", "12", "2100").date()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void theLabelNamesTheDateInEveryMessage() {
        DateInput published = DateInput.required("dueOn", "Publication date");
        assertThat(type(published, "", "", "").links()).extracting(ErrorSummary.Link::text).containsExactly("Enter the publication date");
        assertThat(type(published, "1", "", "").links()).extracting(ErrorSummary.Link::text)
                .containsExactly("Publication date must include a month and year");
    }
}
