package uk.gov.hmicfrs.findings.export;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.progress.ActionStandingSql;
import uk.gov.hmicfrs.findings.system.time.Today;
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

    @Autowired
    Today today;

    @Test
    @WithUserDetails("analyst")
    void showsTheLatestYearsMatrixTotalsAndChartsInAFixedNumberOfStatements() throws Exception {
        int latest = latestYear();
        String outstanding = ">" + count("OUTSTANDING", latest) + "<";
        String good = ">" + count("GOOD", latest) + "<";
        String adequate = ">" + count("ADEQUATE", latest) + "<";
        String requiresImprovement = ">" + count("REQUIRES_IMPROVEMENT", latest) + "<";
        String inadequate = ">" + count("INADEQUATE", latest) + "<";
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
                .andExpect(content().string(stringContainsInOrder("Totals per grade",
                        "Outstanding", outstanding, "Good", good, "Adequate", adequate,
                        "Requires improvement", requiresImprovement, "Inadequate", inadequate)))
                .andExpect(content().string(containsString("Showing " + latest + ". Choose a year to see others.")))
                // the downloads carry the chosen filter, none: every year
                .andExpect(content().string(containsString("Grades for every year as")))
                .andExpect(content().string(containsString("href=\"/exports/grades.csv\"")))
                .andReturn().getResponse().getContentAsString();
        // regions, years with judgements, inspections, judgements, actions, findings, key figures
        assertThat(sql.count()).isEqualTo(7);
        // the year filter offers the years that have judgements, Warwickshire's 2018 grade among them
        assertThat(html).contains("<option value=\"" + latest + "\">" + latest + "</option>",
                "<option value=\"2018\">2018</option>");
        // only the latest year's inspections are columns: Warwickshire's good grade of 2018 is not shown
        assertThat(matrix(html)).doesNotContain("Good").doesNotContain("2018");

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
    void choosingAnEarlierYearShowsItsGrades() throws Exception {
        String html = mvc.perform(get("/grades").param("year", "2018"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"2018\" selected=\"selected\">2018</option>")))
                .andExpect(content().string(not(containsString("Choose a year to see others."))))
                .andReturn().getResponse().getContentAsString();
        assertThat(matrix(html)).contains("Warwickshire Police", "Good").doesNotContain("Inadequate");
    }

    /**
     * Twenty years of inspections must not make the page grow: with no year chosen it shows only the
     * latest year's inspections, in the same number of statements.
     */
    @Test
    @Transactional
    @WithUserDetails("analyst")
    void manyInspectionsOverManyYearsKeepThePageBounded() throws Exception {
        // 200 inspections from 2001 to 2020, each grading every organisation of West Mercia's region,
        // and three in 2025: the latest year
        jdbc.update("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select 'bulk-' || n, 'BULK-' || n, 'Bulk inspection ' || n,
                       case when n <= 200 then date '2001-03-01' + ((n - 1) % 20) * interval '1 year' + (n / 20) * interval '1 day'
                            else date '2025-05-01' + n * interval '1 day' end,
                       'PEEL', r.id, 'test'
                from generate_series(1, 203) n, region r where r.slug = 'west-midlands'
                """);
        jdbc.update("""
                insert into judgement (inspection_id, organisation_id, grade, sentence, position)
                select i.id, o.id, case when i.published_on >= date '2025-01-01' then 'OUTSTANDING' else 'GOOD' end,
                       'Graded.', o.position
                from inspection i join organisation o on o.region_id = i.region_id
                where i.slug like 'bulk-%'
                """);
        long judgements2025 = jdbc.queryForObject("""
                select count(*) from judgement j join inspection i on i.id = j.inspection_id
                where i.slug like 'bulk-%' and i.published_on >= date '2025-01-01'
                """, Long.class);

        sql.reset();
        String html = mvc.perform(get("/grades"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sql.count()).isEqualTo(7);
        String matrix = matrix(html);
        assertThat(html).contains("Showing 2025. Choose a year to see others.");
        // the three 2025 inspections are the only columns
        assertThat(matrix).contains("Bulk inspection 201", "Bulk inspection 202", "Bulk inspection 203")
                .doesNotContain("Bulk inspection 1<", "Bulk inspection 200<", "An inspection of the West Midlands regional response");
        assertThat(columnCount(matrix)).isEqualTo(3);
        assertThat(html).contains("Totals per grade", ">" + judgements2025 + "<");
        // the charts follow the same year: one grade distribution bar per 2025 inspection
        assertThat(html).doesNotContain("Bulk inspection 200</th>");
        // every year with judgements can be chosen
        for (int year = 2001; year <= 2020; year++) {
            assertThat(html).contains("<option value=\"" + year + "\">" + year + "</option>");
        }
        // a national page of 881 inspections was 8 MB; a year of them is a small page
        assertThat(html.length()).isLessThan(400_000);

        String year2010 = mvc.perform(get("/grades").param("year", "2010"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(columnCount(matrix(year2010))).isEqualTo(10);
    }

    @Test
    @WithUserDetails("analyst")
    void actionsChartCountsTheShownYearsActionsOfEachOrganisation() throws Exception {
        String html = mvc.perform(get("/grades").param("year", "2024"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int start = html.indexOf("id=\"actions-by-status\"");
        String chart = html.substring(start, html.indexOf("</section>", start));
        // each action belongs to the inspection of its area for improvement or of its recommendation's finding
        // in the chart's order: on track, overdue, awaiting assessment, closed
        List<String> expected = new NamedParameterJdbcTemplate(jdbc).query("""
                select o.name,
                       count(*) filter (where""" + ActionStandingSql.ON_TRACK + """
                ) as on_track,
                       count(*) filter (where""" + ActionStandingSql.OVERDUE + """
                ) as overdue,
                       count(*) filter (where""" + ActionStandingSql.AWAITING_ASSESSMENT + """
                ) as awaiting,
                       count(*) filter (where""" + ActionStandingSql.CLOSED + """
                ) as closed
                from action a join organisation o on o.id = a.organisation_id join region r on r.id = o.region_id
                left join finding af on af.id = a.finding_id
                left join recommendation rec on rec.id = a.recommendation_id
                left join finding rf on rf.id = rec.finding_id
                join inspection i on i.id = coalesce(af.inspection_id, rf.inspection_id)
                where a.assessment <> 'SUPERSEDED' and extract(year from i.published_on) = 2024
                group by o.id, o.name, r.position, o.position order by r.position, o.position
                """, new MapSqlParameterSource("today", today.date()), (rs, n) -> List.of(">" + rs.getString("name") + "<",
                ">" + rs.getLong("on_track") + "<", ">" + rs.getLong("overdue") + "<", ">" + rs.getLong("awaiting") + "<",
                ">" + rs.getLong("closed") + "<"))
                .stream().flatMap(List::stream).toList();
        assertThat(expected).contains(">West Mercia Police<");
        int table = chart.indexOf("<tbody");
        assertThat(chart.substring(table)).containsSubsequence(expected);
    }

    static int columnCount(String matrix) {
        return matrix.split("href=\"/inspections/", -1).length - 1;
    }

    int latestYear() {
        return jdbc.queryForObject("""
                select max(extract(year from i.published_on))::int from judgement j join inspection i on i.id = j.inspection_id
                """, Integer.class);
    }

    int count(String grade, int year) {
        return jdbc.queryForObject("""
                select count(*) from judgement j join inspection i on i.id = j.inspection_id
                where j.grade = ? and extract(year from i.published_on) = ?
                """, Integer.class, grade, year);
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
        // regions, and the years with judgements for the year list
        assertThat(sql.count()).isEqualTo(2);
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
