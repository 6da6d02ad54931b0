package uk.gov.hmicfrs.findings.finding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FindingController {

    private final FindingService findings;

    FindingController(FindingService findings) {
        this.findings = findings;
    }

    @GetMapping("/findings/{reference}")
    String show(@PathVariable String reference, Model model) {
        model.addAttribute("finding", findings.findingPage(reference));
        return "finding/show";
    }
}
