package uk.gov.hmicfrs.findings.recurrence;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class RecurrenceTest {

    @Autowired
    RecurrenceService recurrence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Test
    void theThreeHistoriesTheReportNamesAreLinked() {
        assertChain("WM-SOC-2024-WARKS-AFI-2", "WARKS-PEEL-2018-WARKS-AFI-1");
        assertChain("WM-SOC-2024-WARKS-AFI-3", "WARKS-PEEL-2018-WARKS-AFI-2");
        assertChain("WM-SOC-2024-WARKS-AFI-4", "WARKS-PEEL-2018-WARKS-AFI-3");
        assertChain("WM-SOC-2024-WMERC-COC-1", "WMERC-SOC-2017-WMERC-COC-1");
        assertChain("WM-SOC-2024-STAFFS-AFI-1", "STAFFS-PEEL-2022-STAFFS-AFI-1");
        RecurrenceChain alone = recurrence.chainFor("WM-SOC-2024-WMP-AFI-3");
        assertThat(alone.repeats()).isFalse();
        assertThat(alone.inspectionsLasted()).isEqualTo(1);
        assertThat(jdbc.sql("select title from finding where reference = 'WARKS-PEEL-2018-WARKS-AFI-1'").query(String.class).single())
                .isEqualTo("The quality of 4P plans");
        // the earlier areas for improvement are actions superseded by the 2024 ones
        assertThat(jdbc.sql("""
                select count(*) from action a join finding f on f.id = a.finding_id
                join action later on later.id = a.superseded_by_action_id join finding lf on lf.id = later.finding_id
                where a.assessment = 'SUPERSEDED' and lf.repeats_finding_id = f.id""").query(Long.class).single()).isEqualTo(4);
    }

    private void assertChain(String reference, String earlier) {
        sql.reset();
        RecurrenceChain chain = recurrence.chainFor(reference);
        assertThat(sql.count()).isEqualTo(1);
        assertThat(chain.links()).extracting(RecurrenceChain.Link::reference).containsExactly(reference, earlier);
        assertThat(chain.inspectionsLasted()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("inspector")
    void theLinkPageShowsTheChainWithTheRecurrenceFragment() throws Exception {
        mvc.perform(get("/findings/WM-SOC-2024-WARKS-AFI-2/repeat"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Repeated from")))
                .andExpect(content().string(containsString("Warwickshire Police: 2018 integrated PEEL inspection")))
                .andExpect(content().string(containsString("This problem has lasted 2 inspections")));
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void inspectorsLinkAFindingAsARepeatWithChecks() throws Exception {
        String url = "/findings/WM-SOC-2024-WARKS-AFI-1/repeat";
        mvc.perform(post(url).with(csrf()).param("repeatsReference", "WM-SOC-2024-WARKS-AFI-2").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("<a href=\"#repeatsReference\">The earlier finding must be from an earlier inspection</a>")));
        mvc.perform(post(url).with(csrf()).param("repeatsReference", "NOPE-1").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the reference of an existing finding")));
        mvc.perform(post(url).with(csrf()).param("repeatsReference", "WARKS-PEEL-2018-WARKS-AFI-2").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Finding WM-SOC-2024-WARKS-AFI-1 now repeats WARKS-PEEL-2018-WARKS-AFI-2"));
        assertThat(recurrence.chainFor("WM-SOC-2024-WARKS-AFI-1").inspectionsLasted()).isEqualTo(2);
        mvc.perform(post(url).with(csrf()).param("repeatsReference", "").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("lead.warwickshire")
    void forceLeadsCannotLinkRepeats() throws Exception {
        mvc.perform(post("/findings/WM-SOC-2024-WARKS-AFI-1/repeat").with(csrf())
                        .param("repeatsReference", "WARKS-PEEL-2018-WARKS-AFI-2").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select repeats_finding_id is null from finding where reference = 'WM-SOC-2024-WARKS-AFI-1'")
                .query(Boolean.class).single()).isTrue();
    }
}
