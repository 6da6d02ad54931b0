package uk.gov.hmicfrs.findings.home;

import java.util.List;

import uk.gov.hmicfrs.findings.inspection.InspectionSummary;
import uk.gov.hmicfrs.findings.organisation.RegionWithOrganisations;

/**
 * @param latest       the most recent inspection, or null when there is none
 * @param latestBodies the bodies the latest inspection graded, in report order
 * @param inspections  recent inspections, newest first
 * @param regions      every region with its ROCU and forces
 */
public record HomePage(InspectionSummary latest, List<GradedBodySummary> latestBodies,
                       List<InspectionSummary> inspections, List<RegionWithOrganisations> regions) {
}
