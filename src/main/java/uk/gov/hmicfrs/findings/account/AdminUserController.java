package uk.gov.hmicfrs.findings.account;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.system.web.FormErrors;

@Controller
class AdminUserController {

    private static final List<String> USER_FIELDS = List.of("username", "displayName", "role", "organisationId", "password");

    private final AccountService accounts;
    private final Validator validator;

    AdminUserController(AccountService accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = validator;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.users());
        model.addAttribute("now", accounts.now());
        return "account/admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return userPage(model, null, UserForm.empty(), new FormErrors());
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute UserForm form, @AuthenticationPrincipal CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = validate(form, true);
        if (!errors.any()) {
            try {
                long id = accounts.createUser(admin, form.username(), form.displayName(), Role.valueOf(form.role()),
                        form.organisationId(), form.password());
                redirect.addFlashAttribute("success", "The user " + form.username().strip().toLowerCase() + " has been created");
                return "redirect:/admin/users/" + id;
            } catch (AccountProblemException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return userPage(model, null, new UserForm(null, form.username(), form.displayName(), form.role(), form.organisationId(), ""), errors);
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        UserRow user = accounts.user(id);
        return userPage(model, user, UserForm.of(user), new FormErrors());
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, @AuthenticationPrincipal CurrentUser admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserRow user = accounts.user(id);
        UserForm withUsername = new UserForm(form.version(), user.username(), form.displayName(), form.role(), form.organisationId(), "");
        FormErrors errors = validate(withUsername, false);
        if (form.version() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "error/4xx";
        }
        if (!errors.any()) {
            try {
                accounts.updateUser(admin, id, form.version(), form.displayName(), Role.valueOf(form.role()), form.organisationId());
                redirect.addFlashAttribute("success", "The changes have been saved");
                return "redirect:/admin/users/" + id;
            } catch (AccountProblemException e) {
                errors.add(e.field(), e.getMessage());
            } catch (UserChangedException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                UserRow now = accounts.user(id);
                model.addAttribute("conflict", true);
                return userPage(model, now, new UserForm(now.version(), now.username(), form.displayName(), form.role(), form.organisationId(), ""), new FormErrors());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
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
        return resetPage(model, accounts.user(id), new FormErrors());
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
                         @AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        UserRow user = accounts.user(id);
        try {
            accounts.resetPassword(admin, id, password);
            redirect.addFlashAttribute("success", "The password has been reset. Give the new password to the user securely.");
            return "redirect:/admin/users/" + id;
        } catch (AccountProblemException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return resetPage(model, user, new FormErrors().add("password", e.getMessage()));
        }
    }

    private FormErrors validate(UserForm form, boolean creating) {
        FormErrors errors = new FormErrors().addAll(validator.validate(form), USER_FIELDS);
        if (form.role() != null && !form.role().isBlank()
                && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(form.role()))) {
            errors.add("role", "Select a role");
        }
        if (Role.FORCE_LEAD.name().equals(form.role()) && form.organisationId() == null) {
            errors.add("organisationId", "Select the organisation the force lead reports for");
        }
        if (creating && (form.password() == null || form.password().isEmpty())) {
            errors.add("password", "Enter a password");
        }
        return errors;
    }

    private String userPage(Model model, UserRow user, UserForm form, FormErrors errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", accounts.organisationOptions());
        model.addAttribute("pageHasErrors", errors.any());
        model.addAttribute("locked", user != null && user.lockedAt(accounts.now()));
        return "account/admin/user";
    }

    private String resetPage(Model model, UserRow user, FormErrors errors) {
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("pageHasErrors", errors.any());
        return "account/admin/reset-password";
    }
}
