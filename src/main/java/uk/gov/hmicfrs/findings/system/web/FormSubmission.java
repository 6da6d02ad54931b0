package uk.gov.hmicfrs.findings.system.web;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The POST half of a GOV.UK form page: save a valid form and redirect with a success message (Post/Redirect/Get), or
 * show the form again with its errors, including a rule the save found broken (a 400, as {@link ErrorSummary} makes it). A stale edit is not caught here: its
 * exception is a 409 page of its own.
 */
public final class FormSubmission {

    /** What a save leaves: the success message to flash and the address to go to. */
    public record Saved(String message, String location) {
    }

    private FormSubmission() {
    }

    /**
     * @param save      runs only when binding and validation found nothing; may throw FieldRuleException
     * @param formAgain adds the form page's model and gives its view name
     */
    public static String saveOrShowAgain(BindingResult errors, Model model, RedirectAttributes redirect,
                                         Supplier<Saved> save, Supplier<String> formAgain) {
        if (!errors.hasErrors()) {
            try {
                Saved saved = save.get();
                redirect.addFlashAttribute("success", saved.message());
                return "redirect:" + saved.location();
            } catch (FieldRuleException e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        ErrorSummary.addTo(model, errors);
        return formAgain.get();
    }
}
