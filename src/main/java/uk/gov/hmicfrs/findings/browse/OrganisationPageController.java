package uk.gov.hmicfrs.findings.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganisationPageController {

    private final OrganisationPageService pages;

    OrganisationPageController(OrganisationPageService pages) {
        this.pages = pages;
    }

    @GetMapping("/organisations/{slug}")
    String organisation(@PathVariable String slug, Model model) {
        model.addAttribute("organisation", pages.organisationPage(slug));
        return "organisation/show";
    }

    @GetMapping("/regions/{slug}")
    String region(@PathVariable String slug, Model model) {
        model.addAttribute("region", pages.regionPage(slug));
        return "organisation/region";
    }
}
