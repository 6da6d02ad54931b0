package uk.gov.hmicfrs.findings.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AccessibilityController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
