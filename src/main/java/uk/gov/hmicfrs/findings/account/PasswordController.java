package uk.gov.hmicfrs.findings.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "required", "Enter your current password");
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            errors.rejectValue("newPassword", "required", "Enter a new password");
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "mismatch", "The passwords do not match");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("success", "Your password has been changed");
                return "redirect:/account/password";
            } catch (AccountProblemException e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        ErrorSummary.addTo(model, errors);
        return "account/password";
    }
}
