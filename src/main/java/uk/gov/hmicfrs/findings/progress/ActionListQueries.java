package uk.gov.hmicfrs.findings.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists of actions (My actions, awaiting assessment), each in one statement, with each action's standing. */
@Repository
class ActionListQueries {

    private static final String SELECT = """
            select a.id, o.name as organisation_name, r.reference as recommendation_reference,
                   r.text as recommendation_text, f.reference as finding_reference, f.title as finding_title,
                   a.original_due_on, a.revised_due_on, a.force_status, a.assessment,
                   """ + ActionStandingSql.STANDING + """
             as standing,
                   (select max(p.created_at) from progress_update p where p.action_id = a.id) as last_update_at
            from action a join organisation o on o.id = a.organisation_id
            left join recommendation r on r.id = a.recommendation_id
            left join finding f on f.id = a.finding_id
            """;

    private final JdbcClient jdbc;

    ActionListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's actions that the inspectorate has not closed. */
    List<ActionListRow> openForOrganisation(long organisationId, LocalDate today) {
        return jdbc.sql(SELECT + "where a.organisation_id = :organisationId and" + ActionStandingSql.OPEN)
                .param("organisationId", organisationId).param("today", today)
                .query(ActionListQueries::map).list();
    }

    /** Awaiting assessment and not assessed since the force's latest update, the longest waiting first. */
    List<ActionListRow> awaitingAssessment(LocalDate today) {
        return jdbc.sql(SELECT + "where" + ActionStandingSql.AWAITING_ASSESSMENT + """
                  and not exists (select 1 from assessment s where s.action_id = a.id
                                  and s.created_at >= (select max(p.created_at) from progress_update p where p.action_id = a.id))
                order by last_update_at, a.id
                """).param("today", today).query(ActionListQueries::map).list();
    }

    private static ActionListRow map(ResultSet rs, int row) throws SQLException {
        Timestamp lastUpdate = rs.getTimestamp("last_update_at");
        return new ActionListRow(rs.getLong("id"), rs.getString("organisation_name"),
                rs.getString("recommendation_reference"), rs.getString("recommendation_text"),
                rs.getString("finding_reference"), rs.getString("finding_title"),
                rs.getObject("original_due_on", LocalDate.class), rs.getObject("revised_due_on", LocalDate.class),
                ForceStatus.valueOf(rs.getString("force_status")), AssessmentOutcome.valueOf(rs.getString("assessment")),
                ActionStanding.valueOf(rs.getString("standing")), lastUpdate == null ? null : lastUpdate.toInstant());
    }
}
