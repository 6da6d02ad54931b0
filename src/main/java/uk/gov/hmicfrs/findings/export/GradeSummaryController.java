package uk.gov.hmicfrs.findings.export;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.inspection.InspectionService;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

@Controller
class GradeSummaryController {

    private final GradeSummaryService grades;
    private final ExportService exports;
    private final InspectionService inspections;

    GradeSummaryController(GradeSummaryService grades, ExportService exports, InspectionService inspections) {
        this.grades = grades;
        this.exports = exports;
        this.inspections = inspections;
    }

    /** Filters arrive as plain strings so that a bad value is a GOV.UK error message, not a binding failure. */
    @GetMapping("/grades")
    String grades(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String year, Model model, @AuthenticationPrincipal CurrentUser user) {
        BindingResult errors = GradeFilter.newErrors();
        GradesPage page = grades.gradesPage(region, kind, year, errors);
        ErrorSummary.addTo(model, errors);
        model.addAttribute("page", page);
        model.addAttribute("findingsQuery", page.filter().region() == null ? "" : "?region=" + page.filter().region());
        model.addAttribute("mayExportAll", exports.mayExportAll(user));
        return "export/grades";
    }

    @GetMapping("/grades/organisations/{slug}")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("history", inspections.gradeHistory(slug));
        return "export/grade-history";
    }
}
