package uk.gov.hmicfrs.findings.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.FindingWriter;
import uk.gov.hmicfrs.findings.finding.Recommendation;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Inspection;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.inspection.InspectionRepository;
import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;
import uk.gov.hmicfrs.findings.system.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever writes a finding (authoring, import), the finding writer's events give every area for
 * improvement and every recommendation its action, in the writing transaction.
 */
@IntegrationTest
@Transactional
class FindingActionsTest {

    @Autowired
    FindingWriter writer;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TrackedActionRepository actions;

    @Autowired
    JdbcClient jdbc;

    Inspection westMidlands() {
        return inspections.findBySlug("west-midlands-soc-2024").orElseThrow();
    }

    Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow();
    }

    /** The owner and original due date of the action tracking this finding or recommendation, or "none". */
    String action(String reference) {
        actions.flush();
        return jdbc.sql("""
                        select o.slug || ' ' || coalesce(a.original_due_on::text, '-') from action a
                        join organisation o on o.id = a.organisation_id
                        left join finding f on f.id = a.finding_id left join recommendation r on r.id = a.recommendation_id
                        where coalesce(f.reference, r.reference) = :reference""")
                .param("reference", reference).query(String.class).optional().orElse("none");
    }

    Finding add(Inspection inspection, Organisation organisation, FindingType type, String reference, int position) {
        return writer.add(inspection, organisation, ReportSection.TACKLING, type, "A title", "Text.", position, reference,
                null, List.of());
    }

    @Test
    void areasForImprovementAreActionsOfTheirOrganisationOrTheRegionsRocuAndOtherFindingsAreNot() {
        add(westMidlands(), organisation("west-mercia-police"), FindingType.AREA_FOR_IMPROVEMENT, "T-AFI-1", 9001);
        add(westMidlands(), null, FindingType.AREA_FOR_IMPROVEMENT, "T-AFI-2", 9002);
        Finding observation = add(westMidlands(), organisation("west-mercia-police"), FindingType.OBSERVATION, "T-OBS-1", 9003);
        assertThat(action("T-AFI-1")).isEqualTo("west-mercia-police -");
        assertThat(action("T-AFI-2")).isEqualTo("rocuwm -");
        assertThat(action("T-OBS-1")).isEqualTo("none");

        // an observation revised into an area for improvement becomes one, and only one, action
        writer.revise(observation, ReportSection.TACKLING, FindingType.AREA_FOR_IMPROVEMENT,
                organisation("west-mercia-police"), "A title", "Text.", List.of());
        writer.revise(observation, ReportSection.TACKLING, FindingType.AREA_FOR_IMPROVEMENT,
                organisation("west-mercia-police"), "Another title", "Text.", List.of());
        assertThat(action("T-OBS-1")).isEqualTo("west-mercia-police -");
    }

    @Test
    void aRecommendationIsAnActionThatFollowsItsOwnerAndDueDate() {
        Finding cause = add(westMidlands(), organisation("west-mercia-police"), FindingType.CAUSE_OF_CONCERN, "T-COC-1", 9001);
        Recommendation recommendation = writer.addRecommendation(cause, organisation("west-mercia-police"), "T-COC-1-R1",
                "By 1 April 2026, West Mercia Police should:", "act.", LocalDate.of(2026, 4, 1), 1, List.of());
        assertThat(action("T-COC-1")).isEqualTo("none");
        assertThat(action("T-COC-1-R1")).isEqualTo("west-mercia-police 2026-04-01");

        writer.reviseRecommendation(recommendation, organisation("rocuwm"), "By 1 May 2026, the ROCU should:", "act.",
                LocalDate.of(2026, 5, 1), List.of());
        assertThat(action("T-COC-1-R1")).isEqualTo("rocuwm 2026-05-01");
        assertThat(jdbc.sql("select count(*) from action a join recommendation r on r.id = a.recommendation_id where r.reference = 'T-COC-1-R1'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRegionalAreaForImprovementWithNoRocuToOwnItIsRefused() {
        Inspection national = inspections.save(new Inspection("t-national", "T-NAT", "A national thematic",
                LocalDate.of(2026, 1, 1), InspectionKind.THEMATIC, null, "x"));
        assertThatThrownBy(() -> add(national, null, FindingType.AREA_FOR_IMPROVEMENT, "T-NAT-AFI-1", 1))
                .isInstanceOf(FieldRuleException.class)
                .hasMessage("Select an organisation: a regional area for improvement needs a region with a ROCU to own it");
    }
}
