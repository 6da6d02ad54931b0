package uk.gov.hmicfrs.findings.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** A GET form: the whole search lives in the URL, so it can be bookmarked and shared. */
    @GetMapping("/search")
    String search(@ModelAttribute("form") SearchForm form, Model model) {
        SearchPage page = search.search(form);
        model.addAttribute("search", page);
        model.addAttribute("pageHasErrors", page.hasErrors());
        return "search/index";
    }
}
