package uk.gov.hmicfrs.findings.account;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.system.web.ErrorSummary;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

@Controller
class AdminUserController {

    private final AccountService accounts;
    private final SpringValidatorAdapter validator;

    AdminUserController(AccountService accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.users());
        model.addAttribute("now", accounts.now());
        return "account/admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return userPage(model, null, UserForm.empty(), null);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute UserForm form, @AuthenticationPrincipal CurrentUser admin, Model model,
                  RedirectAttributes redirect) {
        BindingResult errors = validate(form, true);
        if (!errors.hasErrors()) {
            try {
                long id = accounts.createUser(admin, form.username(), form.displayName(), Role.valueOf(form.role()),
                        form.organisationId(), form.password());
                redirect.addFlashAttribute("success", "The user " + form.username().strip().toLowerCase() + " has been created");
                return "redirect:/admin/users/" + id;
            } catch (AccountProblemException e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        return userPage(model, null, new UserForm(null, form.username(), form.displayName(), form.role(), form.organisationId(), ""), errors);
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        UserRow user = accounts.user(id);
        return userPage(model, user, UserForm.of(user), null);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, @AuthenticationPrincipal CurrentUser admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserRow user = accounts.user(id);
        UserForm withUsername = new UserForm(form.version(), user.username(), form.displayName(), form.role(), form.organisationId(), "");
        BindingResult errors = validate(withUsername, false);
        if (form.version() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "error/4xx";
        }
        if (!errors.hasErrors()) {
            try {
                accounts.updateUser(admin, id, form.version(), form.displayName(), Role.valueOf(form.role()), form.organisationId());
                redirect.addFlashAttribute("success", "The changes have been saved");
                return "redirect:/admin/users/" + id;
            } catch (AccountProblemException e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (StaleEditException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                UserRow now = accounts.user(id);
                model.addAttribute("conflict", true);
                return userPage(model, now, new UserForm(now.version(), now.username(), form.displayName(), form.role(), form.organisationId(), ""), null);
            }
        }
        return userPage(model, user, withUsername, errors);
    }

    @PostMapping("/admin/users/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal CurrentUser admin,
                     RedirectAttributes redirect) {
        try {
            accounts.setActive(admin, id, active);
            redirect.addFlashAttribute("success", active ? "The account has been reactivated" : "The account has been deactivated");
        } catch (AccountProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/{id}/password")
    String resetPasswordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.user(id));
        return "account/admin/reset-password";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
                         @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        UserRow user = accounts.user(id);
        try {
            accounts.resetPassword(admin, id, password);
            redirect.addFlashAttribute("success", "The password has been reset. Give the new password to the user securely.");
            return "redirect:/admin/users/" + id;
        } catch (AccountProblemException e) {
            BindingResult errors = ErrorSummary.errorsFor("password");
            errors.rejectValue("password", "rule", e.getMessage());
            model.addAttribute("user", user);
            ErrorSummary.addTo(model, errors);
            return "account/admin/reset-password";
        }
    }

    private BindingResult validate(UserForm form, boolean creating) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        if (form.role() != null && !form.role().isBlank()
                && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(form.role()))) {
            errors.rejectValue("role", "unknown", "Select a role");
        }
        if (Role.FORCE_LEAD.name().equals(form.role()) && form.organisationId() == null) {
            errors.rejectValue("organisationId", "required", "Select the organisation the force lead reports for");
        }
        if (creating && (form.password() == null || form.password().isEmpty())) {
            errors.rejectValue("password", "required", "Enter a password");
        }
        return errors;
    }

    /** errors: null when the form is shown without any. */
    private String userPage(Model model, UserRow user, UserForm form, BindingResult errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        if (errors != null) {
            ErrorSummary.addTo(model, errors);
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", accounts.organisationOptions());
        model.addAttribute("locked", user != null && user.lockedAt(accounts.now()));
        return "account/admin/user";
    }
}
