package uk.gov.hmicfrs.findings.reportimport;

import java.io.IOException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * The import pages are for inspectors: refused here as well as in the service, because the form reads
 * nothing a service could refuse and a missing file is answered before the service is called.
 */
@Controller
@PreAuthorize("hasRole('INSPECTOR')")
class ReportImportController {

    private final ReportImportService imports;

    ReportImportController(ReportImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/inspections/import")
    String form() {
        return "reportimport/form";
    }

    @PostMapping("/inspections/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new ImportRejectedException(List.of("Select a JSON file"));
            }
            ImportResult result = imports.importReport(user, file.getBytes(), file.getOriginalFilename());
            redirect.addFlashAttribute("success", "Report imported. " + result.summary());
            return "redirect:/inspections/" + result.inspectionSlug() + "/manage";
        } catch (ImportRejectedException e) {
            BindingResult errors = ErrorSummary.errorsFor("file");
            errors.rejectValue("file", "rejected", e.problems().size() == 1 ? e.problems().get(0)
                    : "The file has " + e.problems().size() + " problems. Nothing was imported.");
            ErrorSummary.addTo(model, errors);
            // The field shows one message; the summary lists every problem, each leading to the file to choose again.
            model.addAttribute("errorLinks", e.problems().stream().map(p -> new ErrorSummary.Link("#file", p)).toList());
            return "reportimport/form";
        }
    }
}
