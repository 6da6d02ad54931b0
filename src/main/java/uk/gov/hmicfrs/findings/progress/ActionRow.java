package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
import java.time.LocalDate;

/** One action with what it tracks, read in one statement for its page. */
public record ActionRow(long id, int version, long organisationId, String organisationName, String organisationSlug,
                        String recommendationReference, String recommendationLeadIn, String recommendationText,
                        String findingReference, String findingTitle,
                        LocalDate originalDueOn, LocalDate revisedDueOn, String revisedDueReason,
                        String revisedDueByName, Instant revisedDueAt,
                        ForceStatus forceStatus, AssessmentOutcome assessment,
                        Long supersededById, String supersededByReference) {

    public boolean isRecommendation() {
        return recommendationReference != null;
    }

    /** The reference people quote: the recommendation's, else the area for improvement's. */
    public String reference() {
        return isRecommendation() ? recommendationReference : findingReference;
    }

    public LocalDate currentDueOn() {
        return revisedDueOn != null ? revisedDueOn : originalDueOn;
    }

    public ActionStanding standing(LocalDate today) {
        return ActionStanding.of(forceStatus, assessment, currentDueOn(), today);
    }
}
