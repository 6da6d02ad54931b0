package uk.gov.hmicfrs.findings.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.system.web.FormErrors;

@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return page(model, new FormErrors());
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute PasswordForm form, @AuthenticationPrincipal CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.add("currentPassword", "Enter your current password");
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            errors.add("newPassword", "Enter a new password");
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            errors.add("confirmPassword", "The passwords do not match");
        }
        if (!errors.any()) {
            try {
                accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("success", "Your password has been changed");
                return "redirect:/account/password";
            } catch (AccountProblemException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, errors);
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("pageHasErrors", errors.any());
        return "account/password";
    }
}
