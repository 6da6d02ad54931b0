package uk.gov.hmicfrs.findings.recurrence;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.RepeatForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringService;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.system.web.FormSubmission.Saved;

import static uk.gov.hmicfrs.findings.system.web.FormSubmission.saveOrShowAgain;

/** The inspector's page to link a finding as a repeat of an earlier one. */
@Controller
class RecurrenceController {

    private final RecurrenceService recurrence;
    private final AuthoringService authoring;

    RecurrenceController(RecurrenceService recurrence, AuthoringService authoring) {
        this.recurrence = recurrence;
        this.authoring = authoring;
    }

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/findings/{reference}/repeat")
    String form(@PathVariable String reference, Model model) {
        FindingView finding = authoring.finding(reference);
        RepeatForm form = new RepeatForm();
        form.repeatsReference = finding.repeatsReference();
        form.version = finding.version();
        return show(model, finding, form);
    }

    @PostMapping("/findings/{reference}/repeat")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable String reference,
                @ModelAttribute("form") RepeatForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return saveOrShowAgain(errors, model, redirect, () -> {
            recurrence.linkRepeat(user, reference, form.repeatsReference, form.version);
            FindingView finding = authoring.finding(reference);
            return new Saved(finding.repeatsReference() == null
                    ? "Finding " + reference + " no longer repeats an earlier finding"
                    : "Finding " + reference + " now repeats " + finding.repeatsReference(),
                    "/inspections/" + finding.inspectionSlug() + "/manage");
        }, () -> show(model, authoring.finding(reference), form));
    }

    private String show(Model model, FindingView finding, RepeatForm form) {
        model.addAttribute("finding", finding);
        model.addAttribute("form", form);
        model.addAttribute("candidates", recurrence.earlierCandidates(finding.reference()));
        model.addAttribute("chain", recurrence.chainFor(finding.id()));
        return "recurrence/link";
    }
}
