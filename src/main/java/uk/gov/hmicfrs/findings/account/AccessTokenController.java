package uk.gov.hmicfrs.findings.account;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/** /account/tokens: create (shown once), list and revoke personal access tokens for the API. */
@Controller
class AccessTokenController {

    private final AccessTokenService tokens;

    AccessTokenController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccessTokenForm(""));
        }
        model.addAttribute("tokens", tokens.tokens(user));
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AccessTokenForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String token = tokens.create(user, form.name());
                // shown once, on the page the redirect lands on; never stored in clear
                redirect.addFlashAttribute("newToken", token);
                redirect.addFlashAttribute("newTokenName", form.name().strip());
                return "redirect:/account/tokens";
            } catch (AccessTokenLimitException e) {
                result.rejectValue("name", "limit", e.getMessage());
            }
        }
        ErrorSummary.addTo(model, result);
        model.addAttribute("tokens", tokens.tokens(user));
        return "account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
