package uk.gov.hmicfrs.findings.export;

import java.util.List;

import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.system.web.SelectOption;

/**
 * Everything /grades shows, built by GradeSummaryService in a fixed number of statements. Its filters' errors are
 * the BindingResult the service was given.
 *
 * @param filter      the filter as the user chose it (the downloads carry it, so they stay complete)
 * @param years       the years the year filter offers: those with judgements, newest first
 * @param shownYear   the year the matrix and charts show: the chosen one, else the latest with judgements
 * @param yearDefaulted true when no year was chosen and the page picked the latest one
 */
public record GradesPage(GradeFilter filter, List<RegionOption> regions,
                         List<InspectionKind> kinds, List<Integer> years, Integer shownYear, boolean yearDefaulted,
                         GradeMatrix matrix, List<ChartView> charts) {

    /** The choices of the filter form's selects, as fragments/form :: selectField shows them. */
    public List<SelectOption> regionOptions() {
        return regions.stream().map(r -> new SelectOption(r.slug(), r.name())).toList();
    }

    public List<SelectOption> kindOptions() {
        return kinds.stream().map(k -> new SelectOption(k.name(), k.label())).toList();
    }

    public List<SelectOption> yearOptions() {
        return years.stream().map(y -> new SelectOption(String.valueOf(y), String.valueOf(y))).toList();
    }
}
