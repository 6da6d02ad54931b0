package uk.gov.hmicfrs.findings.export;

import java.util.List;

import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;
import uk.gov.hmicfrs.findings.system.web.FormError;

/**
 * Everything /grades shows, built by GradeSummaryService in a fixed number of statements.
 *
 * @param filter      the filter as the user chose it (the downloads carry it, so they stay complete)
 * @param years       the years the year filter offers: those with judgements, newest first
 * @param shownYear   the year the matrix and charts show: the chosen one, else the latest with judgements
 * @param yearDefaulted true when no year was chosen and the page picked the latest one
 */
public record GradesPage(GradeFilter filter, List<FormError> errors, List<RegionOption> regions,
                         List<InspectionKind> kinds, List<Integer> years, Integer shownYear, boolean yearDefaulted,
                         GradeMatrix matrix, List<ChartView> charts) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors as the shared GOV.UK error summary lists them. */
    public List<ErrorSummary.Link> errorLinks() {
        return errors.stream().map(e -> new ErrorSummary.Link(e.href(), e.message())).toList();
    }
}
