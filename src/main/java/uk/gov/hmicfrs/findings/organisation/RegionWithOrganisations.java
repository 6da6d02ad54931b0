package uk.gov.hmicfrs.findings.organisation;

import java.util.List;

/** A region with its ROCU (London has none) and its forces. */
public record RegionWithOrganisations(String slug, String name, OrganisationSummary rocu,
                                      List<OrganisationSummary> forces) {
}
