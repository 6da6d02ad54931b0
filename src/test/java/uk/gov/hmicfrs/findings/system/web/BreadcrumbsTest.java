package uk.gov.hmicfrs.findings.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Breadcrumbs are written once, in fragments/breadcrumbs.html, and render GOV.UK's markup. */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("inspector")
class BreadcrumbsTest {

    private static final String FRAGMENT = "fragments/breadcrumbs.html";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTemplateButTheFragmentHoldsBreadcrumbsMarkup() throws IOException {
        List<String> withMarkup = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
            String path = template.getURL().getPath().replaceFirst(".*/templates/", "");
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            if (html.contains("govuk-breadcrumbs")) {
                withMarkup.add(path);
            }
        }
        // (finding the fragment shows that the templates were read)
        assertThat(withMarkup).containsExactly(FRAGMENT);
    }

    @Test
    void aTrailRendersLinksThenTheCurrentPageAsText() throws Exception {
        long action = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        assertThat(breadcrumbs("/actions/" + action)).isEqualTo("""
                <nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">\
                <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>\
                <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/organisations/west-mercia-police">West Mercia Police</a></li>\
                <li class="govuk-breadcrumbs__list-item">WM-SOC-2024-WMERC-COC-1-R3</li></ol></nav>""");
    }

    @Test
    void anEmptyTrailIsHomeAloneAndANullTextLeavesItsCrumbOut() throws Exception {
        String homeAlone = """
                <nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">\
                <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li></ol></nav>""";
        assertThat(breadcrumbs("/search")).isEqualTo(homeAlone);
        // a new inspection has no inspection to go back to
        assertThat(breadcrumbs("/inspections/new")).isEqualTo(homeAlone);
    }

    /** The page's one breadcrumbs element, with the whitespace between its tags taken out. */
    private String breadcrumbs(String path) throws Exception {
        String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        Matcher nav = Pattern.compile("<nav class=\"govuk-breadcrumbs\".*?</nav>", Pattern.DOTALL).matcher(page);
        assertThat(nav.find()).as("breadcrumbs on " + path).isTrue();
        String found = nav.group();
        assertThat(nav.find()).as("one breadcrumbs on " + path).isFalse();
        return found.replaceAll(">\\s+<", "><");
    }
}
