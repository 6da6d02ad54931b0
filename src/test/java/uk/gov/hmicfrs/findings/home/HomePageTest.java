package uk.gov.hmicfrs.findings.home;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Test
    @WithUserDetails("inspector")
    void showsTheLatestInspectionWithTheFiveGradesAndTheirCounts() throws Exception {
        sql.reset();
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An inspection of the West Midlands regional response to serious and organised crime")))
                // In report order: name, grade, areas for improvement, causes of concern, recommendations.
                .andExpect(content().string(stringContainsInOrder(
                        "Regional Organised Crime Unit for the West Midlands", "Adequate", ">2<", ">0<", ">0<",
                        "Staffordshire Police", "Requires improvement", ">3<", ">0<", ">0<",
                        "Warwickshire Police", "Requires improvement", ">4<", ">0<", ">0<",
                        "West Mercia Police", "Inadequate", ">0<", ">1<", ">9<",
                        "West Midlands Police", "Adequate", ">3<", ">0<", ">0<")))
                .andExpect(content().string(containsString("govuk-tag--red")))
                .andExpect(content().string(containsString("Tarian")));
        // inspections, graded bodies, regions with organisations
        assertThat(sql.count()).isEqualTo(3);
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }
}
