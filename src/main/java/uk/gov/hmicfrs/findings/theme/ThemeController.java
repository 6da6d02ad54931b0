package uk.gov.hmicfrs.findings.theme;

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

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

@Controller
class ThemeController {

    private final ThemeService themes;

    ThemeController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping("/themes")
    String index(Model model) {
        model.addAttribute("themes", themes.all());
        return "theme/index";
    }

    @GetMapping("/themes/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("page", themes.page(slug));
        return "theme/show";
    }

    @GetMapping("/themes/regions/{regionSlug}")
    String heatMap(@PathVariable String regionSlug, Model model) {
        model.addAttribute("map", themes.heatMap(regionSlug));
        return "theme/heat-map";
    }

    @GetMapping("/admin/themes")
    String admin(Model model) {
        model.addAttribute("themes", themes.toManage());
        model.addAttribute("form", new ThemeForm("", "", null));
        return "theme/admin";
    }

    @PostMapping("/admin/themes")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ThemeForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                String slug = themes.create(user, form);
                redirect.addFlashAttribute("success", "Theme ‘" + form.getName().strip() + "’ added");
                redirect.addFlashAttribute("successSlug", slug);
                return "redirect:/admin/themes";
            } catch (DuplicateThemeException e) {
                errors.rejectValue("name", "duplicate", "A theme with this name already exists");
            }
        }
        model.addAttribute("themes", themes.toManage());
        ErrorSummary.addTo(model, errors);
        return "theme/admin";
    }

    @GetMapping("/admin/themes/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        ThemeViews.ThemeSummary theme = themes.get(slug);
        model.addAttribute("theme", theme);
        model.addAttribute("form", new ThemeForm(theme.name(), theme.description(), theme.version()));
        return "theme/edit";
    }

    @PostMapping("/admin/themes/{slug}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                  @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                themes.update(user, slug, form);
                redirect.addFlashAttribute("success", "Theme ‘" + form.getName().strip() + "’ updated");
                return "redirect:/admin/themes";
            } catch (DuplicateThemeException e) {
                errors.rejectValue("name", "duplicate", "A theme with this name already exists");
            }
        }
        model.addAttribute("theme", themes.get(slug));
        ErrorSummary.addTo(model, errors);
        return "theme/edit";
    }
}
