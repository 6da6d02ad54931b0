package uk.gov.hmicfrs.findings.export;

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

@IntegrationTest
@AutoConfigureMockMvc
class GradesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("analyst")
    void showsTheMatrixTotalsAndChartsInAFixedNumberOfStatements() throws Exception {
        sql.reset();
        String html = mvc.perform(get("/grades"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "West Midlands",
                        // organisations in the region's order: the ROCU first, then its forces
                        "Regional Organised Crime Unit for the West Midlands", "Adequate",
                        "Warwickshire Police", "Requires improvement",
                        "West Mercia Police", "Inadequate",
                        "West Midlands Police", "Adequate",
                        "Staffordshire Police", "Requires improvement")))
                // totals: 0 outstanding, 0 good, 2 adequate, 2 requires improvement, 1 inadequate
                .andExpect(content().string(stringContainsInOrder("Totals per grade",
                        "Outstanding", ">0<", "Good", ">0<", "Adequate", ">2<", "Requires improvement", ">2<", "Inadequate", ">1<")))
                .andExpect(content().string(containsString("/exports/grades.csv")))
                .andReturn().getResponse().getContentAsString();
        // regions, inspections, judgements, actions, findings, key figures
        assertThat(sql.count()).isEqualTo(6);

        assertThat(html).contains("<svg", "<title id=\"grade-distribution-title\">Grade distribution per inspection</title>",
                "<desc id=\"actions-by-status-desc\">", "findings-by-type-title", "pursue-share-title");
        // the pursue figures from the report, in the chart and in its table
        assertThat(html).contains("Staffordshire Police (year ending 30 June 2023)", ">85%<", ">52%<");
        // no inline style anywhere: the Content-Security-Policy would block it
        assertThat(html).doesNotContain("style=");
        assertThat(html).contains("Show the data for this chart");
    }

    @Test
    @WithUserDetails("analyst")
    void filtersByRegionKindAndYearAndKeepsThemInTheDownloadLinks() throws Exception {
        mvc.perform(get("/grades").param("region", "west-midlands").param("kind", "REGIONAL_SOC").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("West Mercia Police")))
                .andExpect(content().string(containsString("/exports/grades.csv?region=west-midlands&amp;kind=REGIONAL_SOC&amp;year=2024")));
        mvc.perform(get("/grades").param("region", "london"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No inspection graded an organisation with these filters.")))
                .andExpect(content().string(not(containsString("West Mercia Police"))));
        mvc.perform(get("/grades").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"grade-matrix\""))));
    }

    @Test
    @WithUserDetails("analyst")
    void badFilterValuesGiveGovukErrorMessagesNotAServerError() throws Exception {
        sql.reset();
        mvc.perform(get("/grades").param("region", "atlantis").param("kind", "NONSENSE").param("year", "twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#region\"")))
                .andExpect(content().string(containsString("Select a region from the list")))
                .andExpect(content().string(containsString("Select an inspection kind from the list")))
                .andExpect(content().string(containsString("Year must be a number, like 2024")))
                .andExpect(content().string(containsString("<title>Error: Grade summary")));
        assertThat(sql.count()).isEqualTo(1);
    }

    @Test
    @Transactional
    @WithUserDetails("analyst")
    void gradeHistoryShowsHowTheGradeMovedBetweenInspections() throws Exception {
        jdbc.update("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select 'west-mercia-peel-2025', 'WMERC-PEEL-2025', 'PEEL 2025: West Mercia Police', date '2025-09-01',
                       'PEEL', region_id, 'test' from organisation where slug = 'west-mercia-police'
                """);
        jdbc.update("""
                insert into judgement (inspection_id, organisation_id, grade, sentence, position)
                select i.id, o.id, 'REQUIRES_IMPROVEMENT', 'West Mercia Police requires improvement.', 1
                from inspection i, organisation o where i.slug = 'west-mercia-peel-2025' and o.slug = 'west-mercia-police'
                """);
        sql.reset();
        mvc.perform(get("/grades/organisations/west-mercia-police"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "An inspection of the West Midlands regional response", "Inadequate", "First grade",
                        "PEEL 2025: West Mercia Police", "Requires improvement", "Improved from inadequate")));
        assertThat(sql.count()).isEqualTo(2);

        // the matrix gains a column, and the grade shows in it
        mvc.perform(get("/grades").param("kind", "PEEL"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("PEEL 2025: West Mercia Police", "West Mercia Police", "Requires improvement")))
                .andExpect(content().string(not(containsString("Staffordshire Police"))));
    }

    @Test
    @WithUserDetails("analyst")
    void unknownOrganisationHistoryIsNotFound() throws Exception {
        mvc.perform(get("/grades/organisations/no-such-force")).andExpect(status().isNotFound());
    }
}
