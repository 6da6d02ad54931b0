package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.FindingForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.InspectionForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.JudgementForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.RecommendationForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.InspectionView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.Option;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationView;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.finding.ReportTextRenderer;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.system.web.DateInput;
import uk.gov.hmicfrs.findings.system.web.FormSubmission.Saved;
import uk.gov.hmicfrs.findings.theme.ThemeService;

import static uk.gov.hmicfrs.findings.system.web.FormSubmission.saveOrShowAgain;

/**
 * Inspectors' forms. Post/Redirect/Get; a "Preview" button re-renders the form without saving. Every
 * handler reads or writes through AuthoringService, which refuses anyone but an inspector.
 */
@Controller
class AuthoringController {

    private static final List<Option> KINDS = Arrays.stream(InspectionKind.values())
            .map(k -> new Option(k.name(), k.label())).toList();
    private static final List<Option> GRADES = Arrays.stream(Grade.values())
            .map(g -> new Option(g.name(), g.label())).toList();
    private static final List<Option> SECTIONS = Arrays.stream(ReportSection.values())
            .map(s -> new Option(s.name(), s.label())).toList();
    private static final List<Option> TYPES = Arrays.stream(FindingType.values())
            .map(t -> new Option(t.name(), t.label())).toList();
    private static final DateInput PUBLISHED_ON = DateInput.required("publishedOn", "Publication date");
    private static final DateInput DUE_ON = DateInput.optional("dueOn", "Due date");

    private final AuthoringService authoring;
    private final ThemeService themes;

    AuthoringController(AuthoringService authoring, ThemeService themes) {
        this.authoring = authoring;
        this.themes = themes;
    }

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- inspections ----

    @GetMapping("/inspections/new")
    String newInspection(Model model) {
        return inspectionForm(model, new InspectionForm(), null);
    }

    @PostMapping("/inspections/new")
    String createInspection(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") InspectionForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate published = PUBLISHED_ON.read(errors, form.publishedOnDay, form.publishedOnMonth, form.publishedOnYear);
        return saveOrShowAgain(errors, model, redirect, () -> {
            String slug = authoring.createInspection(user, form, published);
            return new Saved("Inspection created", "/inspections/" + slug + "/manage");
        }, () -> inspectionForm(model, form, null));
    }

    @GetMapping("/inspections/{slug}/edit")
    String editInspection(@PathVariable String slug, Model model) {
        InspectionView inspection = authoring.inspection(slug);
        InspectionForm form = new InspectionForm();
        form.title = inspection.title();
        form.slug = inspection.slug();
        form.referencePrefix = inspection.referencePrefix();
        form.publishedOnDay = String.valueOf(inspection.publishedOn().getDayOfMonth());
        form.publishedOnMonth = String.valueOf(inspection.publishedOn().getMonthValue());
        form.publishedOnYear = String.valueOf(inspection.publishedOn().getYear());
        form.kind = inspection.kind();
        form.regionSlug = inspection.regionSlug();
        form.source = inspection.source();
        form.version = inspection.version();
        return inspectionForm(model, form, inspection);
    }

    @PostMapping("/inspections/{slug}/edit")
    String updateInspection(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                            @Valid @ModelAttribute("form") InspectionForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        LocalDate published = PUBLISHED_ON.read(errors, form.publishedOnDay, form.publishedOnMonth, form.publishedOnYear);
        return saveOrShowAgain(errors, model, redirect, () -> {
            String newSlug = authoring.updateInspection(user, slug, form, published);
            return new Saved("Inspection updated", "/inspections/" + newSlug + "/manage");
        }, () -> inspectionForm(model, form, authoring.inspection(slug)));
    }

    private String inspectionForm(Model model, InspectionForm form, InspectionView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("regions", authoring.regionOptions());
        return "authoring/inspection-form";
    }

    @GetMapping("/inspections/{slug}/manage")
    String manage(@PathVariable String slug, Model model) {
        model.addAttribute("page", authoring.managePage(slug));
        return "authoring/manage";
    }

    // ---- judgements ----

    @GetMapping("/inspections/{slug}/judgements/new")
    String newJudgement(@PathVariable String slug, Model model) {
        return judgementForm(model, authoring.inspection(slug), new JudgementForm(), null);
    }

    @PostMapping("/inspections/{slug}/judgements/new")
    String createJudgement(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                           @Valid @ModelAttribute("form") JudgementForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        return saveOrShowAgain(errors, model, redirect, () -> {
            authoring.createJudgement(user, slug, form);
            return new Saved("Judgement added", "/inspections/" + slug + "/manage");
        }, () -> judgementForm(model, authoring.inspection(slug), form, null));
    }

    @GetMapping("/inspections/{slug}/judgements/{id}/edit")
    String editJudgement(@PathVariable String slug, @PathVariable long id, Model model) {
        return judgementForm(model, authoring.inspection(slug), authoring.judgementForm(id), id);
    }

    @PostMapping("/inspections/{slug}/judgements/{id}/edit")
    String updateJudgement(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable long id,
                           @Valid @ModelAttribute("form") JudgementForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        return saveOrShowAgain(errors, model, redirect, () -> {
            authoring.updateJudgement(user, id, form);
            return new Saved("Judgement updated", "/inspections/" + slug + "/manage");
        }, () -> judgementForm(model, authoring.inspection(slug), form, id));
    }

    private String judgementForm(Model model, InspectionView inspection, JudgementForm form, Long judgementId) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("form", form);
        model.addAttribute("judgementId", judgementId);
        model.addAttribute("organisations", authoring.organisationOptions(inspection.regionId()));
        model.addAttribute("grades", GRADES);
        return "authoring/judgement-form";
    }

    // ---- findings ----

    @GetMapping("/inspections/{slug}/findings/new")
    String newFinding(@PathVariable String slug, Model model) {
        return findingForm(model, authoring.inspection(slug), new FindingForm(), null);
    }

    @PostMapping("/inspections/{slug}/findings/new")
    String createFinding(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                         @Valid @ModelAttribute("form") FindingForm form, BindingResult errors,
                         @RequestParam(name = "action", required = false) String action, Model model,
                         RedirectAttributes redirect) {
        InspectionView inspection = authoring.inspection(slug);
        if ("preview".equals(action)) {
            model.addAttribute("preview", ReportTextRenderer.render(form.body));
            return findingForm(model, inspection, form, null);
        }
        return saveOrShowAgain(errors, model, redirect, () -> {
            String reference = authoring.createFinding(user, slug, form);
            return new Saved("Finding " + reference + " added", "/inspections/" + slug + "/manage");
        }, () -> findingForm(model, inspection, form, null));
    }

    @GetMapping("/findings/{reference}/edit")
    String editFinding(@PathVariable String reference, Model model) {
        FindingView finding = authoring.finding(reference);
        FindingForm form = new FindingForm();
        form.section = finding.section();
        form.type = finding.type();
        form.organisationId = finding.organisationId();
        form.title = finding.title();
        form.body = finding.body();
        form.themeIds = finding.themeIds();
        form.version = finding.version();
        return findingForm(model, authoring.inspection(finding.inspectionSlug()), form, finding);
    }

    @PostMapping("/findings/{reference}/edit")
    String updateFinding(@AuthenticationPrincipal CurrentUser user, @PathVariable String reference,
                         @Valid @ModelAttribute("form") FindingForm form, BindingResult errors,
                         @RequestParam(name = "action", required = false) String action, Model model,
                         RedirectAttributes redirect) {
        FindingView finding = authoring.finding(reference);
        InspectionView inspection = authoring.inspection(finding.inspectionSlug());
        if ("preview".equals(action)) {
            model.addAttribute("preview", ReportTextRenderer.render(form.body));
            return findingForm(model, inspection, form, finding);
        }
        return saveOrShowAgain(errors, model, redirect, () -> {
            authoring.updateFinding(user, reference, form);
            return new Saved("Finding " + reference + " updated", "/inspections/" + inspection.slug() + "/manage");
        }, () -> findingForm(model, inspection, form, finding));
    }

    @PostMapping("/findings/{reference}/withdraw")
    String withdrawFinding(@AuthenticationPrincipal CurrentUser user, @PathVariable String reference,
                           @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        authoring.withdrawFinding(user, reference, version);
        redirect.addFlashAttribute("success", "Finding " + reference + " withdrawn");
        return "redirect:/inspections/" + authoring.finding(reference).inspectionSlug() + "/manage";
    }

    private String findingForm(Model model, InspectionView inspection, FindingForm form, FindingView existing) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", authoring.organisationOptions(inspection.regionId()));
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("types", TYPES);
        model.addAttribute("themeOptions", themes.options());
        return "authoring/finding-form";
    }

    // ---- recommendations ----

    @GetMapping("/findings/{reference}/recommendations/new")
    String newRecommendation(@PathVariable String reference, Model model) {
        FindingView finding = authoring.finding(reference);
        RecommendationForm form = new RecommendationForm();
        form.organisationId = finding.organisationId();
        return recommendationForm(model, finding, form, null);
    }

    @PostMapping("/findings/{reference}/recommendations/new")
    String createRecommendation(@AuthenticationPrincipal CurrentUser user, @PathVariable String reference,
                                @Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors,
                                @RequestParam(name = "action", required = false) String action, Model model,
                                RedirectAttributes redirect) {
        FindingView finding = authoring.finding(reference);
        if ("preview".equals(action)) {
            model.addAttribute("preview", ReportTextRenderer.render(form.leadIn + "\n\n  • " + form.text));
            return recommendationForm(model, finding, form, null);
        }
        LocalDate due = DUE_ON.read(errors, form.dueOnDay, form.dueOnMonth, form.dueOnYear);
        return saveOrShowAgain(errors, model, redirect, () -> {
            String created = authoring.createRecommendation(user, reference, form, due);
            return new Saved("Recommendation " + created + " added", "/inspections/" + finding.inspectionSlug() + "/manage");
        }, () -> recommendationForm(model, finding, form, null));
    }

    @GetMapping("/recommendations/{reference}/edit")
    String editRecommendation(@PathVariable String reference, Model model) {
        RecommendationView recommendation = authoring.recommendation(reference);
        RecommendationForm form = new RecommendationForm();
        form.organisationId = recommendation.organisationId();
        form.leadIn = recommendation.leadIn();
        form.text = recommendation.text();
        if (recommendation.dueOn() != null) {
            form.dueOnDay = String.valueOf(recommendation.dueOn().getDayOfMonth());
            form.dueOnMonth = String.valueOf(recommendation.dueOn().getMonthValue());
            form.dueOnYear = String.valueOf(recommendation.dueOn().getYear());
        }
        form.themeIds = recommendation.themeIds();
        form.version = recommendation.version();
        return recommendationForm(model, authoring.finding(recommendation.findingReference()), form, recommendation);
    }

    @PostMapping("/recommendations/{reference}/edit")
    String updateRecommendation(@AuthenticationPrincipal CurrentUser user, @PathVariable String reference,
                                @Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors,
                                @RequestParam(name = "action", required = false) String action, Model model,
                                RedirectAttributes redirect) {
        RecommendationView recommendation = authoring.recommendation(reference);
        FindingView finding = authoring.finding(recommendation.findingReference());
        if ("preview".equals(action)) {
            model.addAttribute("preview", ReportTextRenderer.render(form.leadIn + "\n\n  • " + form.text));
            return recommendationForm(model, finding, form, recommendation);
        }
        LocalDate due = DUE_ON.read(errors, form.dueOnDay, form.dueOnMonth, form.dueOnYear);
        return saveOrShowAgain(errors, model, redirect, () -> {
            authoring.updateRecommendation(user, reference, form, due);
            return new Saved("Recommendation " + reference + " updated", "/inspections/" + finding.inspectionSlug() + "/manage");
        }, () -> recommendationForm(model, finding, form, recommendation));
    }

    private String recommendationForm(Model model, FindingView finding, RecommendationForm form,
                                      RecommendationView existing) {
        model.addAttribute("finding", finding);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", authoring.organisationOptions(finding.inspectionRegionId()));
        model.addAttribute("themeOptions", themes.options());
        return "authoring/recommendation-form";
    }
}
