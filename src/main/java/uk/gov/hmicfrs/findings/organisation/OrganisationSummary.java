package uk.gov.hmicfrs.findings.organisation;

public record OrganisationSummary(long id, String slug, String name, String shortName, OrganisationType type) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getSlug(), organisation.getName(),
                organisation.getShortName(), organisation.getType());
    }
}
