package uk.gov.hmicfrs.findings.home;

import uk.gov.hmicfrs.findings.inspection.Grade;

import uk.gov.hmicfrs.findings.organisation.OrganisationType;

/** One graded body of an inspection with the counts an inspector looks for first. */
public record GradedBodySummary(long inspectionId, String organisationSlug, String organisationName,
                                OrganisationType organisationType, Grade grade, String sentence,
                                long areasForImprovement, long causesOfConcern, long recommendations) {
}
