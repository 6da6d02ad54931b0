package uk.gov.hmicfrs.findings.search;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.export.ExportService;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

@Controller
class SearchController {

    private final SearchService search;
    private final ExportService exports;

    SearchController(SearchService search, ExportService exports) {
        this.search = search;
        this.exports = exports;
    }

    /** A GET form: the whole search lives in the URL, so it can be bookmarked and shared. */
    @GetMapping("/search")
    String search(@ModelAttribute("form") SearchForm form, @AuthenticationPrincipal CurrentUser user, Model model) {
        SearchPage page = search.search(form);
        model.addAttribute("search", page);
        // The findings download takes the same filters; offered to those who may export findings.
        model.addAttribute("mayExport", exports.mayExportAll(user));
        ErrorSummary.addTo(model, page.errors());
        return "search/index";
    }
}
