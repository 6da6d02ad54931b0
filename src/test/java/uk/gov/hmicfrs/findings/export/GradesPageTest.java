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
        String outstanding = ">" + count("OUTSTANDING") + "<";
        String good = ">" + count("GOOD") + "<";
        String adequate = ">" + count("ADEQUATE") + "<";
        String requiresImprovement = ">" + count("REQUIRES_IMPROVEMENT") + "<";
        String inadequate = ">" + count("INADEQUATE") + "<";
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
                // Warwickshire: good in 2018, requires improvement in 2024
                .andExpect(content().string(stringContainsInOrder("Warwickshire Police", "Good", "Requires improvement")))
                .andExpect(content().string(stringContainsInOrder("Totals per grade",
                        "Outstanding", outstanding, "Good", good, "Adequate", adequate,
                        "Requires improvement", requiresImprovement, "Inadequate", inadequate)))
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

    int count(String grade) {
        return jdbc.queryForObject("select count(*) from judgement where grade = ?", Integer.class, grade);
    }

    static String matrix(String html) {
        int start = html.indexOf("id=\"grade-matrix\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</table>", start));
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
        String before2020 = mvc.perform(get("/grades").param("year", "2018")).andReturn().getResponse().getContentAsString();
        assertThat(matrix(before2020)).contains("Warwickshire Police", "Good").doesNotContain("West Mercia Police");
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
        String peel = mvc.perform(get("/grades").param("kind", "PEEL"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(matrix(peel)).contains("PEEL 2025: West Mercia Police", "West Mercia Police", "Requires improvement")
                .doesNotContain("Staffordshire Police", "Inadequate");
    }

    @Test
    @WithUserDetails("analyst")
    void warwickshiresHistoryShowsTheDeclineFromGood() throws Exception {
        mvc.perform(get("/grades/organisations/warwickshire-police"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("2018", "Good", "First grade",
                        "2024", "Requires improvement", "Declined from good")));
    }

    @Test
    @WithUserDetails("analyst")
    void unknownOrganisationHistoryIsNotFound() throws Exception {
        mvc.perform(get("/grades/organisations/no-such-force")).andExpect(status().isNotFound());
    }
}
