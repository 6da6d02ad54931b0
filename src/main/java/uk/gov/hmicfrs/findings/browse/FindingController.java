package uk.gov.hmicfrs.findings.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.gov.hmicfrs.findings.recurrence.RecurrenceService;

@Controller
class FindingController {

    private final FindingService findings;
    private final RecurrenceService recurrence;

    FindingController(FindingService findings, RecurrenceService recurrence) {
        this.findings = findings;
        this.recurrence = recurrence;
    }

    @GetMapping("/findings/{reference}")
    String show(@PathVariable String reference, Model model) {
        model.addAttribute("finding", findings.findingPage(reference));
        // "Repeated from <inspection>" and how many inspections the problem has lasted: one statement
        model.addAttribute("chain", recurrence.chainFor(reference));
        return "finding/show";
    }
}
