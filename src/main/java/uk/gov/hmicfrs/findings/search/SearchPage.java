package uk.gov.hmicfrs.findings.search;

import java.util.List;

import org.springframework.validation.BindingResult;

import uk.gov.hmicfrs.findings.finding.FindingCount;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;

/**
 * Everything the search page shows. All links are built in Java with their parameters URL-encoded.
 *
 * @param q          the search terms as shown back in the box (possibly shortened)
 * @param pageNumber the page shown (1 when the requested page was not a number)
 * @param outOfRange the requested page number when it is past the last page, else null
 * @param errors     what was wrong with the request, for ErrorSummary: the rest of the search still ran
 * @param countsShown whether the filters show counts: not when the text alone matches more than
 *                   {@link SearchService#MATCH_LIMIT} findings
 * @param total      how many findings match, at most {@link SearchService#MATCH_LIMIT}
 * @param moreThanLimit whether more findings than that match, so only the most recent are shown
 */
public record SearchPage(String q, boolean hasText, BindingResult errors,
                         List<FilterOption> types, List<FilterOption> sections, List<FilterOption> inspections,
                         List<FilterOption> regions, List<FilterOption> organisations, List<FilterOption> themes,
                         List<FilterOption> statuses, boolean countsShown,
                         List<Result> results, long total, boolean moreThanLimit, int pageNumber, int lastPage, String outOfRange,
                         Pagination pagination, boolean filtered, String exportQuery, boolean exportIgnoresStatus) {

    /** A value a filter offers, with how many findings it would give (null when counts are not shown). */
    public record FilterOption(String value, String label, Long count, boolean selected) {

        public String labelWithCount() {
            return count == null ? label : label + " (" + count + ")";
        }
    }

    public int recentInspections() {
        return SearchService.RECENT_INSPECTIONS;
    }

    /** "1,000 findings": the most a search reads. */
    public String limitLabel() {
        return FindingCount.label(SearchService.MATCH_LIMIT);
    }

    /** "1 finding", "12 findings", "More than 1,000 findings". */
    public String totalLabel() {
        return moreThanLimit ? "More than " + limitLabel() : FindingCount.label(total);
    }

    /** "Showing 11 to 20 of 34", or "... of the 1,000 most recent" when more match. */
    public String rangeLabel() {
        return "Showing " + firstShown() + " to " + lastShown() + " of "
                + (moreThanLimit ? "the " + FindingCount.number(SearchService.MATCH_LIMIT) + " most recent"
                        : FindingCount.number(total));
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

    public int firstShown() {
        return total == 0 || outOfRange != null ? 0 : (pageNumber - 1) * SearchService.PAGE_SIZE + 1;
    }

    public int lastShown() {
        return firstShown() == 0 ? 0 : firstShown() + results.size() - 1;
    }
}
