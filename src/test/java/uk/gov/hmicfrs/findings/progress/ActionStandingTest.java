package uk.gov.hmicfrs.findings.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standing's two definitions, {@link ActionStanding#of} and {@link ActionStandingSql}, evaluated
 * for every force status, assessment and due date (past, today, future, none; revised or not), the
 * SQL in PostgreSQL: the case expression and each standing's predicate give the Java answer.
 */
@IntegrationTest
class ActionStandingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    enum Due {
        PAST(TODAY.minusDays(1)), TODAY_(TODAY), FUTURE(TODAY.plusDays(1)), NONE(null);

        final LocalDate date;

        Due(LocalDate date) {
            this.date = date;
        }
    }

    /** One action: when revised, the original date is one that would give another answer. */
    record Case(ForceStatus forceStatus, AssessmentOutcome assessment, LocalDate originalDueOn, LocalDate revisedDueOn) {

        LocalDate currentDueOn() {
            return revisedDueOn != null ? revisedDueOn : originalDueOn;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    static List<Case> everyCase() {
        List<Case> cases = new ArrayList<>();
        for (ForceStatus forceStatus : ForceStatus.values()) {
            for (AssessmentOutcome assessment : AssessmentOutcome.values()) {
                for (Due due : Due.values()) {
                    cases.add(new Case(forceStatus, assessment, due.date, null));
                    if (due != Due.NONE) {
                        LocalDate original = due == Due.PAST ? TODAY.plusYears(1) : TODAY.minusYears(1);
                        cases.add(new Case(forceStatus, assessment, original, due.date));
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void sqlAndJavaGiveTheSameStandingForEveryCombination() {
        List<Case> cases = everyCase();
        assertThat(cases).hasSize(ForceStatus.values().length * AssessmentOutcome.values().length * 7);

        MapSqlParameterSource params = new MapSqlParameterSource("today", TODAY);
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            rows.add("(%d, :f%d, :s%d, cast(:o%d as date), cast(:r%d as date))".formatted(i, i, i, i, i));
            params.addValue("f" + i, c.forceStatus().name()).addValue("s" + i, c.assessment().name())
                    .addValue("o" + i, c.originalDueOn()).addValue("r" + i, c.revisedDueOn());
        }
        StringJoiner predicates = new StringJoiner(", ");
        for (ActionStanding standing : ActionStanding.values()) {
            predicates.add("coalesce((" + ActionStandingSql.is(standing) + "), false) as " + standing.name());
        }
        String sql = "select n, " + ActionStandingSql.STANDING + " as standing, coalesce((" + ActionStandingSql.OPEN
                + "), false) as open, " + predicates + " from (values " + rows
                + ") as a(n, force_status, assessment, original_due_on, revised_due_on) order by n";

        List<Map<String, Object>> results = new NamedParameterJdbcTemplate(jdbc).queryForList(sql, params);
        assertThat(results).hasSize(cases.size());
        Map<ActionStanding, Integer> seen = new EnumMap<>(ActionStanding.class);
        for (Map<String, Object> result : results) {
            Case c = cases.get(((Number) result.get("n")).intValue());
            ActionStanding java = ActionStanding.of(c.forceStatus(), c.assessment(), c.currentDueOn(), TODAY);
            assertThat(ActionStanding.valueOf((String) result.get("standing"))).as("%s", c).isEqualTo(java);
            for (ActionStanding standing : ActionStanding.values()) {
                assertThat(result.get(standing.name().toLowerCase())).as("%s is %s", c, standing).isEqualTo(standing == java);
            }
            assertThat(result.get("open")).as("%s is open", c).isEqualTo(java != ActionStanding.CLOSED);
            seen.merge(java, 1, Integer::sum);
        }
        // every standing is reached, so no branch of either definition goes untested
        assertThat(seen).containsOnlyKeys(ActionStanding.values());
    }

    @Test
    void theRuleInJava() {
        LocalDate past = TODAY.minusDays(1);
        assertThat(ActionStanding.of(ForceStatus.NOT_STARTED, AssessmentOutcome.NOT_ASSESSED, past, TODAY))
                .isEqualTo(ActionStanding.OVERDUE);
        // completed by the force but not yet assessed is not overdue, whatever the date
        assertThat(ActionStanding.of(ForceStatus.COMPLETED, AssessmentOutcome.NOT_ASSESSED, past, TODAY))
                .isEqualTo(ActionStanding.AWAITING_ASSESSMENT);
        assertThat(ActionStanding.of(ForceStatus.COMPLETED, AssessmentOutcome.NOT_MET, past, TODAY))
                .isEqualTo(ActionStanding.AWAITING_ASSESSMENT);
        // due today is not yet overdue, and no due date never is
        assertThat(ActionStanding.of(ForceStatus.IN_PROGRESS, AssessmentOutcome.PARTIALLY_MET, TODAY, TODAY))
                .isEqualTo(ActionStanding.ON_TRACK);
        assertThat(ActionStanding.of(ForceStatus.NOT_STARTED, AssessmentOutcome.NOT_ASSESSED, null, TODAY))
                .isEqualTo(ActionStanding.ON_TRACK);
        assertThat(ActionStanding.of(ForceStatus.NOT_STARTED, AssessmentOutcome.MET, past, TODAY)).isEqualTo(ActionStanding.CLOSED);
        assertThat(ActionStanding.of(ForceStatus.IN_PROGRESS, AssessmentOutcome.SUPERSEDED, past, TODAY))
                .isEqualTo(ActionStanding.CLOSED);
    }
}
