package uk.gov.hmicfrs.findings.progress;

import java.time.LocalDate;

/**
 * A recommendation as pages show it, with the status of the action that tracks it.
 *
 * @param dueOn       the current due date: the revised one when there is one, else the original
 * @param revised     whether the due date has been revised
 * @param forceStatus NOT_STARTED, IN_PROGRESS or COMPLETED; null when no action tracks it
 * @param assessment  the inspectorate's latest assessment; null when no action tracks it
 * @param overdue     the due date has passed and the inspectorate has not assessed it met or superseded
 */
public record RecommendationView(String reference, String leadIn, String text, LocalDate dueOn, boolean revised,
                                 String forceStatus, String assessment, boolean overdue,
                                 String findingReference, String findingTitle,
                                 String organisationSlug, String organisationName) {

    public String statusLabel() {
        if (overdue) {
            return "Overdue";
        }
        if (assessment != null) {
            switch (assessment) {
                case "MET": return "Met";
                case "SUPERSEDED": return "Superseded";
                case "PARTIALLY_MET": return "Partially met";
                case "NOT_MET": return "Not met";
                default: break;
            }
        }
        if (forceStatus == null) {
            return "Not tracked";
        }
        return switch (forceStatus) {
            case "IN_PROGRESS" -> "In progress";
            case "COMPLETED" -> "Completed by force";
            default -> "Not started";
        };
    }

    /** Kept out of the template: Thymeleaf reads a double underscore there as preprocessing. */
    public String statusTagClass() {
        return "govuk-tag " + switch (statusLabel()) {
            case "Overdue", "Not met" -> "govuk-tag--red";
            case "Met" -> "govuk-tag--green";
            case "Partially met" -> "govuk-tag--yellow";
            case "In progress" -> "govuk-tag--blue";
            case "Completed by force" -> "govuk-tag--turquoise";
            default -> "govuk-tag--grey";
        };
    }

    /** What the force says, shown beside an overdue or assessed status so nothing is hidden. */
    public String forceStatusLabel() {
        if (forceStatus == null) {
            return "Not tracked";
        }
        return switch (forceStatus) {
            case "IN_PROGRESS" -> "In progress";
            case "COMPLETED" -> "Completed";
            default -> "Not started";
        };
    }

    public boolean open() {
        return assessment == null || !(assessment.equals("MET") || assessment.equals("SUPERSEDED"));
    }
}
