package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
import java.time.LocalDate;

/** An action in a list (My actions, awaiting assessment). */
public record ActionListRow(long id, String organisationName, String recommendationReference, String recommendationText,
                            String findingReference, String findingTitle, LocalDate originalDueOn,
                            LocalDate revisedDueOn, ForceStatus forceStatus, AssessmentOutcome assessment,
                            ActionStanding standing, Instant lastUpdateAt) {

    public String reference() {
        return recommendationReference != null ? recommendationReference : findingReference;
    }

    public String what() {
        return recommendationText != null ? recommendationText : findingTitle;
    }

    public LocalDate currentDueOn() {
        return revisedDueOn != null ? revisedDueOn : originalDueOn;
    }
}
