package uk.gov.hmicfrs.findings.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        // One message for every failure, so the page never says whether an account exists.
        model.addAttribute("signInFailed", error != null);
        model.addAttribute("pageHasErrors", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "account/login";
    }
}
