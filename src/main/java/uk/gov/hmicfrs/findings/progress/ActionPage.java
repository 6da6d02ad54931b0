package uk.gov.hmicfrs.findings.progress;

import java.util.List;

/**
 * Everything the action page shows, decided in the service: the template only displays.
 *
 * @param canUpdate       the viewer leads the owning organisation
 * @param canAssess       the viewer is an inspector (assessments and due dates)
 * @param canSeeEvidence  the viewer may download the evidence files
 */
public record ActionPage(ActionRow action, String originalDueText, String currentDueText, String revisedDueAtText,
                         ActionStanding standing, List<TimelineEntry> timeline,
                         boolean canUpdate, boolean canAssess, boolean canSeeEvidence) {

    public String standingTagClass() {
        return standing.tagClass();
    }

    public String forceStatusTagClass() {
        return action.forceStatus().tagClass();
    }

    public String assessmentTagClass() {
        return action.assessment().tagClass();
    }
}
