package uk.gov.hmicfrs.findings.search;

import java.util.List;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;

/**
 * Everything the search page shows. All links are built in Java with their parameters URL-encoded.
 *
 * @param q          the search terms as shown back in the box (possibly shortened)
 * @param pageNumber the page shown (1 when the requested page was not a number)
 * @param outOfRange the requested page number when it is past the last page, else null
 */
public record SearchPage(String q, boolean hasText, List<SearchError> errors,
                         List<FilterOption> types, List<FilterOption> sections, List<FilterOption> inspections,
                         List<FilterOption> regions, List<FilterOption> organisations, List<FilterOption> themes,
                         List<FilterOption> statuses,
                         List<Result> results, long total, int pageNumber, int lastPage, String outOfRange,
                         Pagination pagination, boolean filtered, String exportQuery, boolean exportIgnoresStatus) {

    public record SearchError(String fieldId, String message) {

        public String href() {
            return "#" + fieldId;
        }
    }

    /** A value a filter offers, with how many findings it would give. */
    public record FilterOption(String value, String label, long count, boolean selected) {

        public String labelWithCount() {
            return label + " (" + count + ")";
        }
    }

    public record Result(String reference, String title, Snippet titleHighlight, FindingType type,
                         ReportSection section, String inspectionTitle, String organisationName, String regionName,
                         Snippet snippet) {

        public String typeTagClass() {
            return "govuk-tag " + type.tagClass();
        }

        public String subject() {
            return organisationName != null ? organisationName
                    : regionName != null ? regionName + " region (regional finding)" : "Regional finding";
        }
    }

    public record Pagination(String previousHref, String nextHref, List<PageLink> pages) {

        public boolean isEmpty() {
            return previousHref == null && nextHref == null && pages.size() <= 1;
        }
    }

    /** A page number link, or an ellipsis when {@code number} is 0. */
    public record PageLink(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }

        /** Kept out of the template: Thymeleaf reads a double underscore there as preprocessing. */
        public String cssClass() {
            if (ellipsis()) {
                return "govuk-pagination__item govuk-pagination__item--ellipses";
            }
            return current ? "govuk-pagination__item govuk-pagination__item--current" : "govuk-pagination__item";
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int firstShown() {
        return total == 0 || outOfRange != null ? 0 : (pageNumber - 1) * SearchService.PAGE_SIZE + 1;
    }

    public int lastShown() {
        return firstShown() == 0 ? 0 : firstShown() + results.size() - 1;
    }

    public String errorFor(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).map(SearchError::message).findFirst().orElse(null);
    }

    /** GOV.UK form-group classes, with the error modifier when the field has an error. */
    public String groupClass(String fieldId) {
        return errorFor(fieldId) == null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
    }

    public String selectClass(String fieldId) {
        return errorFor(fieldId) == null ? "govuk-select app-search-filter__select"
                : "govuk-select govuk-select--error app-search-filter__select";
    }

    public String inputClass(String fieldId) {
        return errorFor(fieldId) == null ? "govuk-input" : "govuk-input govuk-input--error";
    }
}
