package uk.gov.hmicfrs.findings.theme;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ThemesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    JdbcClient jdbc;

    private List<String> seededReferencesWith(String themeSlug) {
        return jdbc.sql("""
                select f.reference from finding f join finding_theme ft on ft.finding_id = f.id
                join theme t on t.id = ft.theme_id join inspection i on i.id = f.inspection_id
                where t.slug = :slug and i.slug = 'west-midlands-soc-2024' order by f.reference""")
                .param("slug", themeSlug).query(String.class).list();
    }

    @Test
    void everySeededFindingAndRecommendationHasAtLeastOneTheme() {
        List<String> untaggedFindings = jdbc.sql("""
                select f.reference from finding f join inspection i on i.id = f.inspection_id
                where i.slug = 'west-midlands-soc-2024'
                  and not exists (select 1 from finding_theme ft where ft.finding_id = f.id)""")
                .query(String.class).list();
        List<String> untaggedRecommendations = jdbc.sql("""
                select r.reference from recommendation r join finding f on f.id = r.finding_id
                join inspection i on i.id = f.inspection_id where i.slug = 'west-midlands-soc-2024'
                  and not exists (select 1 from recommendation_theme rt where rt.recommendation_id = r.id)""")
                .query(String.class).list();
        assertThat(untaggedFindings).isEmpty();
        assertThat(untaggedRecommendations).isEmpty();
        assertThat(jdbc.sql("""
                select count(distinct ft.finding_id) from finding_theme ft join finding f on f.id = ft.finding_id
                join inspection i on i.id = f.inspection_id where i.slug = 'west-midlands-soc-2024'""")
                .query(Long.class).single()).isEqualTo(65);
    }

    @Test
    void fourPPlansAreTaggedWhereverTheReportDiscussesThem() {
        assertThat(seededReferencesWith("4p-plans")).containsExactly(
                "WM-SOC-2024-REGIONAL-AFI-1",
                "WM-SOC-2024-ROCUWM-AFI-1",
                "WM-SOC-2024-STAFFS-AFI-2",
                "WM-SOC-2024-STAFFS-OBS-6",
                "WM-SOC-2024-WARKS-AFI-2",
                "WM-SOC-2024-WMERC-OBS-10",
                "WM-SOC-2024-WMERC-OBS-8",
                "WM-SOC-2024-WMP-AFI-3",
                "WM-SOC-2024-WMP-OBS-3");
        assertThat(jdbc.sql("""
                select r.reference from recommendation r join recommendation_theme rt on rt.recommendation_id = r.id
                join theme t on t.id = rt.theme_id where t.slug = '4p-plans' order by r.reference""")
                .query(String.class).list())
                .containsExactly("WM-SOC-2024-WMERC-COC-1-R5", "WM-SOC-2024-WMERC-COC-1-R6");
    }

    @Test
    void spotChecksOtherThemes() {
        assertThat(seededReferencesWith("local-profiles")).contains(
                "WM-SOC-2024-WARKS-AFI-1", "WM-SOC-2024-WMP-AFI-1", "WM-SOC-2024-WMERC-OBS-3");
        assertThat(seededReferencesWith("soc-offender-management")).contains(
                "WM-SOC-2024-ROCUWM-AFI-2", "WM-SOC-2024-WARKS-AFI-4", "WM-SOC-2024-WMERC-OBS-14");
        assertThat(seededReferencesWith("disruption-recording")).contains(
                "WM-SOC-2024-STAFFS-AFI-3", "WM-SOC-2024-ROCUWM-OBS-7", "WM-SOC-2024-WARKS-AFI-3");
        assertThat(seededReferencesWith("organisational-learning")).contains(
                "WM-SOC-2024-WARKS-AFI-3", "WM-SOC-2024-ROCUWM-OBS-6", "WM-SOC-2024-STAFFS-OBS-5", "WM-SOC-2024-WMERC-OBS-9");
        assertThat(seededReferencesWith("analytical-capacity")).contains("WM-SOC-2024-WMERC-OBS-7");
        assertThat(seededReferencesWith("covert-capability")).contains("WM-SOC-2024-WARKS-OBS-6");
        assertThat(seededReferencesWith("4p-plans")).doesNotContain("WM-SOC-2024-WMP-AFI-2");
    }

    @Test
    @WithUserDetails("analyst")
    void listsThemesWithCountsInOneStatement() throws Exception {
        sql.reset();
        mvc.perform(get("/themes"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("4P plans", ">10<", ">2<", "Disruption recording")));
        assertThat(sql.count()).isEqualTo(1);
    }

    @Test
    @Transactional
    @WithUserDetails("analyst")
    void countsLeaveWithdrawnFindingsOutInTheListAndTheHeatMap() throws Exception {
        // Staffordshire's two 4P plans findings: one is withdrawn
        jdbc.sql("update finding set withdrawn = true where reference = 'WM-SOC-2024-STAFFS-AFI-2'").update();
        List<String> expected = jdbc.sql("""
                select t.name, (select count(*) from finding_theme ft join finding f on f.id = ft.finding_id
                                where ft.theme_id = t.id and not f.withdrawn) as findings
                from theme t order by t.position, t.id""")
                .query((rs, n) -> List.of(rs.getString("name"), ">" + rs.getLong("findings") + "<")).list()
                .stream().flatMap(List::stream).toList();
        assertThat(expected).containsSubsequence("4P plans", ">9<");
        mvc.perform(get("/themes"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(expected)));
        String html = mvc.perform(get("/themes/regions/west-midlands"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = html.substring(html.indexOf("id=\"theme-4p-plans\""), html.indexOf("</tr>", html.indexOf("id=\"theme-4p-plans\"")));
        // Staffordshire, the last column, now has one
        assertThat(row.replaceAll("\\s+", " ")).containsSubsequence(
                "app-heat-1\">1<", "app-heat-1\">1<", "app-heat-2\">2<", "app-heat-2\">2<", "app-heat-2\">2<",
                "app-heat-1\">1<", ">5 of 5<");
    }

    @Test
    @WithUserDetails("analyst")
    void themePageGroupsFindingsByInspectionAndOrganisation() throws Exception {
        sql.reset();
        mvc.perform(get("/themes/4p-plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "An inspection of the West Midlands regional response", "Regional findings",
                        "WM-SOC-2024-REGIONAL-AFI-1", "Regional Organised Crime Unit for the West Midlands",
                        "WM-SOC-2024-ROCUWM-AFI-1", "Staffordshire Police", "WM-SOC-2024-STAFFS-AFI-2",
                        "West Midlands Police", "WM-SOC-2024-WMP-AFI-3")));
        assertThat(sql.count()).isEqualTo(2);
        mvc.perform(get("/themes/no-such-theme")).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    @WithUserDetails("analyst")
    void themePageListsOnlyTheMostRecentFindingsWithTheTotalAndALinkToTheSearch() throws Exception {
        int added = ThemeService.RECENT_FINDINGS + 15;
        // a newer inspection with more 4P plans findings than the page shows, and one withdrawn finding
        jdbc.sql("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select 'bound-test-2030', 'BOUND-2030', 'Bound test inspection 2030', date '2030-03-01', 'REGIONAL_SOC', r.id, 'test'
                from region r where r.slug = 'west-midlands'""").update();
        jdbc.sql("""
                insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference, withdrawn)
                select i.id, o.id, 'UNDERSTANDING', 'OBSERVATION', 'Bound test finding ' || n, 'Text.', n,
                       'BOUND-2030-WMERC-OBS-' || n, n = 0
                from inspection i, organisation o, generate_series(0, :added) as n
                where i.slug = 'bound-test-2030' and o.slug = 'west-mercia-police'""").param("added", added).update();
        jdbc.sql("""
                insert into finding_theme (finding_id, theme_id)
                select f.id, t.id from finding f, theme t where f.reference like 'BOUND-2030-%' and t.slug = '4p-plans'""").update();
        long total = jdbc.sql("""
                select count(*) from finding_theme ft join finding f on f.id = ft.finding_id join theme t on t.id = ft.theme_id
                where t.slug = '4p-plans' and not f.withdrawn""").query(Long.class).single();
        assertThat(total).isGreaterThan(ThemeService.RECENT_FINDINGS);

        sql.reset();
        String html = mvc.perform(get("/themes/4p-plans"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sql.count()).isEqualTo(2);

        List<String> listed = java.util.regex.Pattern.compile("href=\"/findings/([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        // the newest first: the 2030 inspection's findings in report order, the withdrawn one left out
        assertThat(listed).hasSize(ThemeService.RECENT_FINDINGS);
        assertThat(listed.get(0)).isEqualTo("BOUND-2030-WMERC-OBS-1");
        assertThat(listed.get(ThemeService.RECENT_FINDINGS - 1)).isEqualTo("BOUND-2030-WMERC-OBS-" + ThemeService.RECENT_FINDINGS);
        assertThat(listed).doesNotContain("BOUND-2030-WMERC-OBS-0", "BOUND-2030-WMERC-OBS-" + (ThemeService.RECENT_FINDINGS + 1),
                "WM-SOC-2024-REGIONAL-AFI-1");
        assertThat(html).contains("<p class=\"govuk-body\" id=\"finding-count\">" + total + " findings</p>");
        assertThat(html).contains("Showing the " + ThemeService.RECENT_FINDINGS + " most recent of " + total + " findings");
        assertThat(html).contains("<a class=\"govuk-link\" href=\"/search?theme=4p-plans\">");
    }

    @Test
    @WithUserDetails("analyst")
    void aThemeWithFewFindingsShowsThemAllWithoutTheBoundLine() throws Exception {
        mvc.perform(get("/themes/4p-plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("most recent of"))))
                .andExpect(content().string(containsString("href=\"/search?theme=4p-plans\"")));
    }

    @Test
    @WithUserDetails("lead.staffordshire")
    void heatMapShowsFourPPlansInEveryBodyOfTheRegionInAFixedNumberOfStatements() throws Exception {
        sql.reset();
        String html = mvc.perform(get("/themes/regions/west-midlands"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption")))
                .andExpect(content().string(containsString("scope=\"row\"")))
                .andExpect(content().string(not(containsString("style="))))
                .andReturn().getResponse().getContentAsString();
        assertThat(sql.count()).isEqualTo(4);
        String row = html.substring(html.indexOf("id=\"theme-4p-plans\""), html.indexOf("</tr>", html.indexOf("id=\"theme-4p-plans\"")));
        // columns in the region's order: Regional, ROCUWM, Warwickshire (2024 and 2018), West Mercia, West Midlands, Staffordshire
        assertThat(row.replaceAll("\\s+", " ")).containsSubsequence(
                "app-heat-1\">1<", "app-heat-1\">1<", "app-heat-2\">2<", "app-heat-2\">2<", "app-heat-2\">2<",
                "app-heat-2\">2<", ">5 of 5<");
        mvc.perform(get("/themes/regions/atlantis")).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    @WithUserDetails("admin")
    void adminAddsAndRenamesATheme() throws Exception {
        mvc.perform(post("/admin/themes").with(csrf()).param("name", "Digital forensics").param("description", "Downloading devices"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/themes"))
                .andExpect(flash().attribute("success", "Theme ‘Digital forensics’ added"));
        assertThat(jdbc.sql("select name from theme where slug = 'digital-forensics'").query(String.class).single())
                .isEqualTo("Digital forensics");
        mvc.perform(post("/admin/themes/digital-forensics").with(csrf()).param("name", "Digital forensic evidence")
                        .param("description", "Delays").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name || '|' || description from theme where slug = 'digital-forensics'").query(String.class).single())
                .isEqualTo("Digital forensic evidence|Delays");
        // a second save from the same (now stale) form is refused
        mvc.perform(post("/admin/themes/digital-forensics").with(csrf()).param("name", "Other").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("admin")
    void blankNameGivesAGovukErrorSummary() throws Exception {
        mvc.perform(post("/admin/themes").with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Manage themes")))
                .andExpect(content().string(containsString("<a href=\"#name\">Enter a name</a>")))
                .andExpect(content().string(containsString("govuk-form-group--error")));
        mvc.perform(post("/admin/themes").with(csrf()).param("name", "4p plans"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A theme with this name already exists")));
    }

    @Test
    @WithUserDetails("inspector")
    void onlyAdministratorsManageThemes() throws Exception {
        long before = jdbc.sql("select count(*) from theme").query(Long.class).single();
        mvc.perform(get("/admin/themes")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/themes").with(csrf()).param("name", "Sneaky")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/themes/4p-plans").with(csrf()).param("name", "Sneaky").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from theme").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select name from theme where slug = '4p-plans'").query(String.class).single()).isEqualTo("4P plans");
    }
}
