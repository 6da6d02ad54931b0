package uk.gov.hmicfrs.findings.progress;

/**
 * {@link ActionStanding#of} in SQL, over an action aliased {@code a}, with today bound as {@code :today}
 * ({@code Today.date()}, never {@code current_date}, which is the database server's zone and ignores
 * the application's clock). {@link #STANDING} gives the standing's name; the predicates select one
 * standing each, for counts and filters, written out so the planner sees plain column conditions.
 */
public final class ActionStandingSql {

    /** The current due date: the revised one when there is one, else the original. */
    public static final String DUE = "coalesce(a.revised_due_on, a.original_due_on)";

    public static final String CLOSED = " a.assessment in ('MET', 'SUPERSEDED')";

    /** Not closed: on track, overdue or awaiting assessment. */
    public static final String OPEN = " a.assessment not in ('MET', 'SUPERSEDED')";

    public static final String AWAITING_ASSESSMENT = OPEN + " and a.force_status = 'COMPLETED'";

    public static final String OVERDUE = OPEN + " and a.force_status <> 'COMPLETED' and " + DUE + " < :today";

    public static final String ON_TRACK = OPEN + " and a.force_status <> 'COMPLETED' and (" + DUE + " is null or "
            + DUE + " >= :today)";

    /** The standing's enum name: ON_TRACK, OVERDUE, AWAITING_ASSESSMENT or CLOSED. */
    public static final String STANDING = " case when" + CLOSED + " then 'CLOSED'"
            + " when a.force_status = 'COMPLETED' then 'AWAITING_ASSESSMENT'"
            + " when " + DUE + " < :today then 'OVERDUE' else 'ON_TRACK' end";

    private ActionStandingSql() {
    }

    /** The predicate that selects the actions with this standing. */
    public static String is(ActionStanding standing) {
        return switch (standing) {
            case ON_TRACK -> ON_TRACK;
            case OVERDUE -> OVERDUE;
            case AWAITING_ASSESSMENT -> AWAITING_ASSESSMENT;
            case CLOSED -> CLOSED;
        };
    }
}
