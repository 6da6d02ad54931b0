package uk.gov.hmicfrs.findings.export;

/**
 * How an action's standing is derived, in SQL so that the charts, the export and the API agree.
 * An action (alias {@code a}) is met when the inspectorate assessed it as met; awaiting assessment
 * when the force says it is complete but the inspectorate has not agreed; overdue when it is not
 * complete and its due date (revised if revised) has passed; otherwise on track.
 */
public final class ActionStatusSql {

    public static final String DUE = "coalesce(a.revised_due_on, a.original_due_on)";

    public static final String MET = " a.assessment = 'MET'";

    public static final String AWAITING = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status = 'COMPLETED'";

    public static final String OVERDUE = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status <> 'COMPLETED' and "
            + DUE + " < current_date";

    public static final String ON_TRACK = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status <> 'COMPLETED' and ("
            + DUE + " is null or " + DUE + " >= current_date)";

    /** The standing as words, for the API: Met, Superseded, Awaiting assessment, Overdue or On track. */
    public static final String STATUS_LABEL = "case when a.assessment = 'MET' then 'Met' "
            + "when a.assessment = 'SUPERSEDED' then 'Superseded' "
            + "when" + AWAITING + " then 'Awaiting assessment' "
            + "when" + OVERDUE + " then 'Overdue' else 'On track' end";

    private ActionStatusSql() {
    }
}
