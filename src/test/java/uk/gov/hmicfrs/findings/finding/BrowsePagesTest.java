package uk.gov.hmicfrs.findings.finding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The browse pages: what they show, their breadcrumbs and titles, and their fixed SQL statement budgets. */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("inspector")
class BrowsePagesTest {

    static final String COC = "WM-SOC-2024-WMERC-COC-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void organisationPageShowsGradeFindingsBySectionRecommendationsAndKeyFigures() throws Exception {
        sql.reset();
        mvc.perform(get("/organisations/west-mercia-police"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>West Mercia Police – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(containsString("govuk-breadcrumbs")))
                .andExpect(content().string(stringContainsInOrder("Grades", "Inadequate",
                        "Recommendations", "WM-SOC-2024-WMERC-COC-1-R1", "1 January 2025", "Overdue",
                        "WM-SOC-2024-WMERC-COC-1-R9",
                        // grouped by section in report order: the summary's cause of concern first
                        "Summary", "Cause of concern", "/findings/" + COC,
                        "Understanding SOC and setting priorities to tackle it", "Observation")))
                .andExpect(content().string(containsString("9 of 9 recommendations are overdue.")));
        // organisation, grades, latest inspection's findings, findings per inspection, recommendations, key figures
        assertThat(sql.count()).isEqualTo(6);
    }

    @Test
    void organisationPageListsTheLatestInspectionInFullAndLinksEarlierOnesToTheirFindings() throws Exception {
        String page = mvc.perform(get("/organisations/west-mercia-police"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"earlier-inspections\"", "Findings from earlier inspections");
        // the 2017 inspection (V42) is a row with its count and a link to its findings in search
        String earlier = page.substring(page.indexOf("id=\"earlier-inspections\""));
        earlier = earlier.substring(0, earlier.indexOf("</table>"));
        assertThat(earlier).containsPattern("/search\\?organisation=west-mercia-police&amp;inspection=[a-z0-9-]+\"><span>\\d+ findings?</span>");
        // only the latest inspection's findings are listed in full, above the earlier inspections
        assertThat(page.indexOf("/findings/" + COC)).isLessThan(page.indexOf("id=\"earlier-inspections\""));
        assertThat(earlier).doesNotContain("/findings/");
    }

    @Test
    void organisationPageShowsKeyFigures() throws Exception {
        mvc.perform(get("/organisations/staffordshire-police"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Key figures", "Analysts in the knowledge hub", "24",
                        "Recorded disruptions that were pursue activity", "85%")));
    }

    @Test
    void aForceNoInspectionCoversStillHasAPageThatSaysSo() throws Exception {
        sql.reset();
        mvc.perform(get("/organisations/kent-police"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kent Police</span> is not covered by any inspection yet")))
                .andExpect(content().string(not(containsString("id=\"grades\""))));
        assertThat(sql.count()).isEqualTo(6);
    }

    @Test
    void regionPageShowsItsRocuAndForcesWithLatestGradesAndRegionalFindings() throws Exception {
        sql.reset();
        mvc.perform(get("/regions/west-midlands"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>West Midlands region – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(stringContainsInOrder(
                        "Regional Organised Crime Unit for the West Midlands", "Adequate",
                        "Staffordshire Police", "Requires improvement",
                        "West Mercia Police", "Inadequate", ">9<", "9 overdue",
                        "Regional findings", "WM-SOC-2024-REGIONAL-")));
        // region, members with grades and open actions, regional findings
        assertThat(sql.count()).isEqualTo(3);
    }

    @Test
    @Transactional
    void regionPageListsTheLatestRegionalFindingsInFullAndCountsEarlierOnes() throws Exception {
        // an earlier regional inspection with two regional findings (one withdrawn, so not counted) and a
        // force's finding, and a force inspection with no regional findings at all
        jdbc.update("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select s.slug, s.prefix, s.title, s.published_on, s.kind, r.id, 'test'
                from region r cross join (values
                    ('wm-soc-2019', 'WM-SOC-2019', 'Regional inspection 2019', date '2019-05-01', 'REGIONAL_SOC'),
                    ('wm-peel-2020', 'WM-PEEL-2020', 'Force inspection 2020', date '2020-05-01', 'PEEL'))
                    as s(slug, prefix, title, published_on, kind)
                where r.slug = 'west-midlands'""");
        jdbc.update("""
                insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference, withdrawn)
                select i.id, o.id, f.section, 'OBSERVATION', f.title, 'Text.', f.position, f.reference, f.withdrawn
                from inspection i cross join (values
                    (null, 'REGIONAL', 'Regional one', 1, 'WM-SOC-2019-REGIONAL-OBS-1', false),
                    (null, 'REGIONAL', 'Regional two', 2, 'WM-SOC-2019-REGIONAL-OBS-2', false),
                    (null, 'REGIONAL', 'Regional withdrawn', 3, 'WM-SOC-2019-REGIONAL-OBS-3', true),
                    ('west-mercia-police', 'SUMMARY', 'About a force', 4, 'WM-SOC-2019-WMERC-OBS-1', false))
                    as f(organisation, section, title, position, reference, withdrawn)
                left join organisation o on o.slug = f.organisation
                where i.slug = 'wm-soc-2019'""");
        sql.reset();
        String page = mvc.perform(get("/regions/west-midlands"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sql.count()).isEqualTo(3);
        // the 2024 report's regional findings in full, then the earlier inspection as a counted row
        assertThat(page).containsPattern("\\d+ findings from</span>\\s*<a class=\"govuk-link\" href=\"/inspections/west-midlands-soc-2024\"");
        assertThat(page.indexOf("/findings/WM-SOC-2024-REGIONAL-AFI-1")).isLessThan(page.indexOf("id=\"earlier-regional-findings\""));
        String earlier = page.substring(page.indexOf("id=\"earlier-regional-findings\""));
        earlier = earlier.substring(0, earlier.indexOf("</table>"));
        assertThat(earlier).contains("href=\"/inspections/wm-soc-2019\"", "1 May 2019", ">2 findings<")
                .doesNotContain("wm-peel-2020");
        // earlier regional findings and force findings are not listed on the region page
        assertThat(page).doesNotContain("WM-SOC-2019-REGIONAL-OBS-1", "WM-SOC-2019-WMERC-OBS-1", "Force inspection 2020");
    }

    @Test
    void aRegionWithoutInspectionsSaysSo() throws Exception {
        mvc.perform(get("/regions/eastern"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kent Police")))
                .andExpect(content().string(containsString("Not inspected yet")))
                .andExpect(content().string(containsString("No regional findings have been recorded for this region yet.")))
                .andExpect(content().string(not(containsString("id=\"earlier-regional-findings\""))));
    }

    @Test
    void inspectionPageShowsScopeRegionalFindingsAndGradedBodiesWithCounts() throws Exception {
        sql.reset();
        mvc.perform(get("/inspections/west-midlands-soc-2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>An inspection of the West Midlands regional response to serious and organised crime – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(containsString("14 May 2024")))
                .andExpect(content().string(stringContainsInOrder(
                        "West Mercia Police", "Inadequate", ">0<", ">1<", ">0<", ">0<", ">9<",
                        "Regional findings", "/findings/WM-SOC-2024-REGIONAL-")));
        // inspection, regional findings, graded bodies with counts
        assertThat(sql.count()).isEqualTo(3);
    }

    @Test
    void findingPageShowsDetailsTextAsParagraphsAndListsRecommendationsAndNeighbours() throws Exception {
        sql.reset();
        mvc.perform(get("/findings/" + COC))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("– West Mercia Police – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(stringContainsInOrder("govuk-breadcrumbs", "/inspections/west-midlands-soc-2024",
                        "/organisations/west-mercia-police", "Cause of concern", COC, "Summary",
                        "In our 2017 serious and organised crime PEEL inspection",
                        "By 1 January 2025, West Mercia Police should:", "9 recommendations",
                        "improve how it works with partners", "review its SOC delivery plan",
                        "rel=\"prev\"", "rel=\"next\"")))
                .andExpect(content().string(stringContainsInOrder("Repeated from",
                        "West Mercia Police: 2017 serious and organised crime PEEL inspection",
                        "This problem has lasted 2 inspections")));
        // the finding with its neighbours, its recommendations, the chain of findings it repeats
        assertThat(sql.count()).isEqualTo(3);
    }

    @Test
    void findingTextListsAreRealLists() throws Exception {
        mvc.perform(get("/findings/WM-SOC-2024-STAFFS-OBS-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("<ol class=\"govuk-list govuk-list--number\">",
                        "<li>building safe and secure communities;</li>", "</ol>",
                        "<p class=\"govuk-body\">The force uses a series")));
    }

    @Test
    void unknownSlugsAndReferencesGiveTheGovUkNotFoundPage() throws Exception {
        for (String path : new String[] {"/organisations/nowhere", "/regions/atlantis", "/inspections/nope",
                "/findings/WM-SOC-2024-NOPE-1", "/findings/not-a-reference"}) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound());
        }
    }
}
