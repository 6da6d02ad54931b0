package uk.gov.hmicfrs.findings.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;


@Controller
class InspectionController {

    private final InspectionPageService inspections;

    InspectionController(InspectionPageService inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/inspections/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("inspection", inspections.inspectionPage(slug));
        return "inspection/show";
    }
}
