package uk.gov.hmicfrs.findings.export;

import java.util.List;

import uk.gov.hmicfrs.findings.inspection.InspectionKind;

/** Everything /grades shows, built by GradeSummaryService in a fixed number of statements. */
public record GradesPage(GradeFilter filter, List<FormError> errors, List<RegionOption> regions,
                         List<InspectionKind> kinds, GradeMatrix matrix, List<ChartView> charts) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
