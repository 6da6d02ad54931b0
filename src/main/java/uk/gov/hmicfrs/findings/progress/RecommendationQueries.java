package uk.gov.hmicfrs.findings.progress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recommendations with the status of their tracking action, each list in one statement. */
@Repository
public class RecommendationQueries {

    // The action is looked up per recommendation (a lateral subquery kept apart by "offset 0"): as a
    // plain join the planner merge-joined the whole action index, 7,000 buffers and 10 ms for one
    // force's 209 recommendations on the national data, against 1,000 buffers and 2 ms. The order uses
    // the publication date copied onto the finding (V50), so no join to inspection is needed.
    private static final String SELECT = """
            select r.reference, r.lead_in, r.text,
                   coalesce(a.revised_due_on, a.original_due_on, r.due_on) as due_on,
                   a.revised_due_on is not null as revised,
                   a.force_status, a.assessment,
                   case when a.id is not null then """ + ActionStandingSql.STANDING + """
                    end as standing,
                   f.reference as finding_reference, f.title as finding_title,
                   o.slug as organisation_slug, o.name as organisation_name
            from recommendation r
            join finding f on f.id = r.finding_id
            join organisation o on o.id = r.organisation_id
            left join lateral (select a.id, a.revised_due_on, a.original_due_on, a.force_status, a.assessment
                               from action a where a.recommendation_id = r.id offset 0) a on true
            """;

    private final JdbcClient jdbc;

    RecommendationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organisation's recommendations that still need attention: every one from the given (its
     * latest) inspection, and from earlier inspections those not yet assessed met or superseded.
     * Closed recommendations of earlier years stay on their findings' pages, so the list does not grow
     * with every year of history.
     */
    public List<RecommendationView> currentForOrganisation(long organisationId, Long latestInspectionId, LocalDate today) {
        return jdbc.sql(SELECT + """
                 where r.organisation_id = :id
                   and (f.inspection_id = :latest or a.id is null or""" + ActionStandingSql.OPEN + """
                   )
                 order by f.published_on desc, f.inspection_id desc, f.position, r.position""")
                .param("id", organisationId).param("latest", latestInspectionId, java.sql.Types.BIGINT)
                .param("today", today).query(RecommendationQueries::map).list();
    }

    public List<RecommendationView> forFinding(long findingId, LocalDate today) {
        return jdbc.sql(SELECT + " where r.finding_id = :id order by r.position")
                .param("id", findingId).param("today", today).query(RecommendationQueries::map).list();
    }

    private static RecommendationView map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        String forceStatus = rs.getString("force_status");
        String assessment = rs.getString("assessment");
        String standing = rs.getString("standing");
        return new RecommendationView(rs.getString("reference"), rs.getString("lead_in"), rs.getString("text"),
                due == null ? null : due.toLocalDate(), rs.getBoolean("revised"),
                forceStatus == null ? null : ForceStatus.valueOf(forceStatus),
                assessment == null ? null : AssessmentOutcome.valueOf(assessment),
                standing == null ? null : ActionStanding.valueOf(standing), rs.getString("finding_reference"),
                rs.getString("finding_title"), rs.getString("organisation_slug"), rs.getString("organisation_name"));
    }
}
