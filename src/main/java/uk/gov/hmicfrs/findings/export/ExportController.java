package uk.gov.hmicfrs.findings.export;

import java.util.List;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.FindingFilter;
import uk.gov.hmicfrs.findings.finding.BadFilterException;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * The downloads. Each takes the filters of the page it is offered from, as plain strings, and
 * streams straight into the response. {@code produces} makes an unacceptable Accept header a 406.
 */
@Controller
class ExportController {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportService exports;
    private final Today today;

    ExportController(ExportService exports, Today today) {
        this.exports = exports;
        this.today = today;
    }

    @GetMapping("/exports")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mayExportAll", exports.mayExportAll(user));
        model.addAttribute("forceLead", user != null && user.isForceLead());
        return "export/index";
    }

    @GetMapping(value = "/exports/grades.csv", produces = CSV)
    void gradesCsv(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String year, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        exports.grades(region, kind, year, from, to, () -> new CsvTableWriter(open(response, "grades", "csv")));
    }

    @GetMapping(value = "/exports/grades.xlsx", produces = XLSX)
    void gradesXlsx(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String year, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        exports.grades(region, kind, year, from, to,
                () -> new XlsxTableWriter(open(response, "grades", "xlsx"), "Grades"));
    }

    @GetMapping(value = "/exports/findings.csv", produces = CSV)
    void findingsCsv(@RequestParam(required = false) String inspection, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String organisation, @RequestParam(required = false) List<String> type,
                     @RequestParam(required = false) String section, @RequestParam(required = false) String theme,
                     @RequestParam(required = false) String q, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        FindingFilter filter = FindingFilter.parse(inspection, region, organisation, type, section, theme, q, from, to);
        exports.findings(filter, () -> new CsvTableWriter(open(response, "findings", "csv")));
    }

    @GetMapping(value = "/exports/findings.xlsx", produces = XLSX)
    void findingsXlsx(@RequestParam(required = false) String inspection, @RequestParam(required = false) String region,
                      @RequestParam(required = false) String organisation, @RequestParam(required = false) List<String> type,
                      @RequestParam(required = false) String section, @RequestParam(required = false) String theme,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        FindingFilter filter = FindingFilter.parse(inspection, region, organisation, type, section, theme, q, from, to);
        exports.findings(filter, () -> new XlsxTableWriter(open(response, "findings", "xlsx"), "Findings"));
    }

    @GetMapping(value = "/exports/actions.csv", produces = CSV)
    void actionsCsv(@RequestParam(required = false) String region, @RequestParam(required = false) String organisation,
                    @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        exports.actions(user, region, organisation, () -> new CsvTableWriter(open(response, "actions", "csv")));
    }

    @GetMapping(value = "/exports/actions.xlsx", produces = XLSX)
    void actionsXlsx(@RequestParam(required = false) String region, @RequestParam(required = false) String organisation,
                     @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        exports.actions(user, region, organisation,
                () -> new XlsxTableWriter(open(response, "actions", "xlsx"), "Actions"));
    }

    /** Headers first, then the stream: a file name that says what and when, e.g. findings-2026-11-25.csv. */
    private java.io.OutputStream open(HttpServletResponse response, String what, String extension) throws IOException {
        response.setContentType("csv".equals(extension) ? CSV + ";charset=UTF-8" : XLSX);
        String fileName = what + "-" + today.date() + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }

    /** A GOV.UK page naming every bad filter value; the client chose the file type, so negotiate no further. */
    @ExceptionHandler(BadFilterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badFilter(BadFilterException e, HttpServletRequest request, Model model) {
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        ErrorSummary.addTo(model, e.errors());
        return "export/bad-filter";
    }
}
