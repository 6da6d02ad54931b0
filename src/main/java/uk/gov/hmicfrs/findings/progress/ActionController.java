package uk.gov.hmicfrs.findings.progress;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.system.web.DateInput;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;
import uk.gov.hmicfrs.findings.system.web.FieldRuleException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

@Controller
class ActionController {

    static final int MAX_FILES = 5;
    static final int MAX_LINKS = 10;
    private static final DateInput DUE_ON = DateInput.required("dueOn", "Due date");

    private final ActionService actions;
    private final EvidenceChecker checker;
    private final SpringValidatorAdapter validator;

    ActionController(ActionService actions, EvidenceChecker checker, Validator validator) {
        this.actions = actions;
        this.checker = checker;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", actions.actionPage(user, id));
        return "progress/action";
    }

    @GetMapping("/my-actions")
    String myActions(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("items", actions.myActions(user));
        model.addAttribute("organisationName", user.organisationName());
        return "progress/my-actions";
    }

    @GetMapping("/actions/awaiting-assessment")
    String awaitingAssessment(Model model) {
        model.addAttribute("items", actions.awaitingAssessment());
        return "progress/awaiting-assessment";
    }

    // ---- progress updates

    @GetMapping("/actions/{id}/progress")
    String progressForm(@PathVariable long id, @RequestParam(required = false) String fileTooLarge, Model model) {
        ActionRow action = actions.actionToUpdate(id);
        ProgressUpdateForm form = ProgressUpdateForm.empty(action);
        BindingResult errors = noErrors(form);
        if (fileTooLarge != null) {
            // The container refused the whole request (see UploadLimitAdvice): nothing was saved.
            ErrorSummary.rejectOther(errors, "files", EvidenceChecker.TOO_LARGE);
        }
        return progressPage(model, action, form, errors, null);
    }

    @PostMapping("/actions/{id}/progress")
    String addProgress(@PathVariable long id, @ModelAttribute ProgressUpdateForm form,
                       @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                       @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        // Authorise before validating, so that a refused user learns nothing from the form's errors.
        ActionRow action = actions.actionToUpdate(id);
        requireVersion(form.version());
        BindingResult errors = validated(form);
        ForceStatus status = parseStatus(form.status(), action.forceStatus(), errors);
        List<String> links = parseLinks(form.links(), errors);
        List<CheckedFile> files = checkFiles(uploads, errors);
        if (errors.hasErrors()) {
            return progressPage(model, action, form, errors, null);
        }
        try {
            actions.addProgressUpdate(user, id, form.version(), status == action.forceStatus() ? null : status,
                    form.narrative(), links, files);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            ActionPage now = actions.actionPage(user, id);
            response.setStatus(HttpStatus.CONFLICT.value());
            ConflictView conflict = conflict(now, List.of(
                    new ConflictView.Row("Force’s status", now.action().forceStatus().label(), statusLabel(status)),
                    new ConflictView.Row("What has been done", latestText(now), form.narrative())));
            ProgressUpdateForm again = form.withVersion(now.action().version());
            return progressPage(model, now.action(), again, noErrors(again), conflict);
        }
        redirect.addFlashAttribute("success", "Your progress update has been added");
        return "redirect:/actions/" + id;
    }

    private String progressPage(Model model, ActionRow action, ProgressUpdateForm form, BindingResult errors,
                                ConflictView conflict) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        ErrorSummary.addTo(model, errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("statuses", ForceStatus.values());
        return "progress/progress-form";
    }

    // ---- assessments

    @GetMapping("/actions/{id}/assessment")
    String assessmentForm(@PathVariable long id, Model model) {
        ActionRow action = actions.actionToAssess(id);
        AssessmentForm form = AssessmentForm.empty(action);
        return assessmentPage(model, action, form, noErrors(form), null);
    }

    @PostMapping("/actions/{id}/assessment")
    String recordAssessment(@PathVariable long id, @ModelAttribute AssessmentForm form,
                            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                            RedirectAttributes redirect) {
        ActionRow action = actions.actionToAssess(id);
        requireVersion(form.version());
        BindingResult errors = validated(form);
        AssessmentOutcome outcome = null;
        if (!errors.hasFieldErrors("outcome")) {
            outcome = AssessmentOutcome.RECORDABLE.stream().filter(o -> o.name().equals(form.outcome())).findFirst().orElse(null);
            if (outcome == null) {
                errors.rejectValue("outcome", "unknown", "Select an assessment");
            } else if (outcome == AssessmentOutcome.SUPERSEDED && (form.supersededBy() == null || form.supersededBy().isBlank())) {
                errors.rejectValue("supersededBy", "required", "Enter the reference of the action that supersedes this one");
            }
        }
        if (!errors.hasErrors()) {
            try {
                actions.recordAssessment(user, id, form.version(), outcome, form.supersededBy(), form.note());
                redirect.addFlashAttribute("success", "The assessment has been recorded");
                return "redirect:/actions/" + id;
            } catch (FieldRuleException e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (StaleEditException | OptimisticLockingFailureException e) {
                ActionPage now = actions.actionPage(user, id);
                response.setStatus(HttpStatus.CONFLICT.value());
                ConflictView conflict = conflict(now, List.of(
                        new ConflictView.Row("Assessment", now.action().assessment().label(), outcome.label()),
                        new ConflictView.Row("Force’s status", now.action().forceStatus().label(), "Not changed by you"),
                        new ConflictView.Row("Notes", latestText(now), form.note())));
                AssessmentForm again = form.withVersion(now.action().version());
                return assessmentPage(model, now.action(), again, noErrors(again), conflict);
            }
        }
        return assessmentPage(model, action, form, errors, null);
    }

    private String assessmentPage(Model model, ActionRow action, AssessmentForm form, BindingResult errors,
                                  ConflictView conflict) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        ErrorSummary.addTo(model, errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("outcomes", AssessmentOutcome.RECORDABLE);
        return "progress/assessment-form";
    }

    // ---- due dates

    @GetMapping("/actions/{id}/due-date")
    String dueDateForm(@PathVariable long id, Model model) {
        ActionRow action = actions.actionToAssess(id);
        DueDateForm form = DueDateForm.empty(action);
        return dueDatePage(model, action, form, noErrors(form), null);
    }

    @PostMapping("/actions/{id}/due-date")
    String reviseDueDate(@PathVariable long id, @ModelAttribute DueDateForm form,
                         @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        ActionRow action = actions.actionToAssess(id);
        requireVersion(form.version());
        BindingResult errors = validated(form);
        LocalDate date = DUE_ON.read(errors, form.dueOnDay(), form.dueOnMonth(), form.dueOnYear());
        if (errors.hasErrors()) {
            return dueDatePage(model, action, form, errors, null);
        }
        try {
            actions.reviseDueDate(user, id, form.version(), date, form.reason());
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            ActionPage now = actions.actionPage(user, id);
            response.setStatus(HttpStatus.CONFLICT.value());
            ConflictView conflict = conflict(now, List.of(
                    new ConflictView.Row("Due date", now.currentDueText() == null ? "None" : now.currentDueText(), Dates.date(date)),
                    new ConflictView.Row("Reason", now.action().revisedDueReason() == null ? "None" : now.action().revisedDueReason(), form.reason())));
            DueDateForm again = form.withVersion(now.action().version());
            return dueDatePage(model, now.action(), again, noErrors(again), conflict);
        }
        redirect.addFlashAttribute("success", "The due date has been changed");
        return "redirect:/actions/" + id;
    }

    private String dueDatePage(Model model, ActionRow action, DueDateForm form, BindingResult errors, ConflictView conflict) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        ErrorSummary.addTo(model, errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("currentDueText", Dates.date(action.currentDueOn()));
        return "progress/due-date-form";
    }

    // ---- parsing

    /** The form's Bean Validation errors; the rules a controller checks itself are added to them. */
    private BindingResult validated(Object form) {
        BindingResult errors = noErrors(form);
        validator.validate(form, errors);
        return errors;
    }

    private static BindingResult noErrors(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version");
        }
    }

    private static ForceStatus parseStatus(String value, ForceStatus current, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return current;
        }
        return Arrays.stream(ForceStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElseGet(() -> {
            errors.rejectValue("status", "unknown", "Select the status");
            return current;
        });
    }

    private static List<String> parseLinks(String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> links = value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (links.size() > MAX_LINKS) {
            errors.rejectValue("links", "tooMany", "Enter up to " + MAX_LINKS + " evidence links");
        }
        for (String link : links) {
            if (!isWebAddress(link)) {
                errors.rejectValue("links", "notWebAddress", "Enter evidence links as full web addresses, like https://www.example.com/report");
            }
        }
        return links;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && link.length() <= 2000;
        } catch (Exception e) {
            return false;
        }
    }

    private List<CheckedFile> checkFiles(List<MultipartFile> uploads, BindingResult errors) {
        List<CheckedFile> files = new ArrayList<>();
        if (uploads == null) {
            return files;
        }
        // A file input left empty still sends a part with no name and no bytes.
        List<MultipartFile> chosen = uploads.stream()
                .filter(u -> !(u.isEmpty() && (u.getOriginalFilename() == null || u.getOriginalFilename().isEmpty())))
                .toList();
        if (chosen.size() > MAX_FILES) {
            ErrorSummary.rejectOther(errors, "files", "Select up to " + MAX_FILES + " files");
            return files;
        }
        for (MultipartFile upload : chosen) {
            EvidenceChecker.Result result = checker.check(upload);
            if (result.ok()) {
                files.add(result.file());
            } else {
                ErrorSummary.rejectOther(errors, "files", result.error().replace("The selected file", "“" + EvidenceChecker.cleanName(upload.getOriginalFilename()) + "”"));
            }
        }
        return files;
    }

    private static ConflictView conflict(ActionPage now, List<ConflictView.Row> rows) {
        List<TimelineEntry> timeline = now.timeline();
        return new ConflictView(rows, timeline.isEmpty() ? null : timeline.get(timeline.size() - 1));
    }

    private static String latestText(ActionPage now) {
        List<TimelineEntry> timeline = now.timeline();
        if (timeline.isEmpty()) {
            return "Nothing yet";
        }
        TimelineEntry latest = timeline.get(timeline.size() - 1);
        return latest.text() == null ? latest.heading() + ": " + latest.tagText() : latest.text();
    }

    private static String statusLabel(ForceStatus status) {
        return status == null ? "No change" : status.label();
    }
}
