package uk.gov.hmicfrs.findings.export;

/**
 * How an action's standing is derived, in SQL so that the charts, the export and the API agree.
 * An action (alias {@code a}) is met when the inspectorate assessed it as met; awaiting assessment
 * when the force says it is complete but the inspectorate has not agreed; overdue when it is not
 * complete and its due date (revised if revised) has passed; otherwise on track.
 */
final class ActionStatusSql {

    static final String DUE = "coalesce(a.revised_due_on, a.original_due_on)";

    static final String MET = " a.assessment = 'MET'";

    static final String AWAITING = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status = 'COMPLETED'";

    static final String OVERDUE = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status <> 'COMPLETED' and "
            + DUE + " < current_date";

    static final String ON_TRACK = " a.assessment not in ('MET', 'SUPERSEDED') and a.force_status <> 'COMPLETED' and ("
            + DUE + " is null or " + DUE + " >= current_date)";

    private ActionStatusSql() {
    }
}
