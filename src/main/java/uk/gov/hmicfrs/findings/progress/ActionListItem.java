package uk.gov.hmicfrs.findings.progress;

/** A row of My actions or of the awaiting-assessment list, ready to show. */
public record ActionListItem(long id, String reference, String what, String organisationName, String dueText,
                             ActionStanding standing, ForceStatus forceStatus, AssessmentOutcome assessment,
                             String lastUpdateText) {

    static ActionListItem of(ActionListRow row) {
        return new ActionListItem(row.id(), row.reference(), row.what(), row.organisationName(),
                Dates.date(row.currentDueOn()), row.standing(), row.forceStatus(), row.assessment(),
                Dates.dateTime(row.lastUpdateAt()));
    }

    public String standingTagClass() {
        return standing.tagClass();
    }

    public String forceStatusTagClass() {
        return forceStatus.tagClass();
    }

    public String assessmentTagClass() {
        return assessment.tagClass();
    }
}
