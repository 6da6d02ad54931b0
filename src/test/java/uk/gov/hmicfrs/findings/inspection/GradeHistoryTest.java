package uk.gov.hmicfrs.findings.inspection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The one grade history, which the grade summary's history page shows. */
@IntegrationTest
class GradeHistoryTest {

    @Autowired
    InspectionService inspections;

    @Autowired
    SqlStatementCounter sql;

    @Test
    void aHistoryHasOnlyTheGradesTheReportsStateOldestFirstWithHowEachMoved() {
        sql.reset();
        GradeHistory warwickshire = inspections.gradeHistory("warwickshire-police");
        // the organisation, then its judgements
        assertThat(sql.count()).isEqualTo(2);
        assertThat(warwickshire.name()).isEqualTo("Warwickshire Police");
        assertThat(warwickshire.regionName()).isEqualTo("West Midlands");
        assertThat(warwickshire.entries()).extracting(GradeHistory.Entry::grade, GradeHistory.Entry::movement)
                .containsExactly(tuple(Grade.GOOD, "First grade"),
                        tuple(Grade.REQUIRES_IMPROVEMENT, "Declined from good"));
        assertThat(inspections.gradeHistory("west-mercia-police").entries())
                .extracting(GradeHistory.Entry::grade, GradeHistory.Entry::movement)
                .containsExactly(tuple(Grade.INADEQUATE, "First grade"));
    }

    @Test
    void anUnknownOrganisationHasNoHistory() {
        assertThatThrownBy(() -> inspections.gradeHistory("no-such-force"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Organisation no-such-force not found");
    }
}
