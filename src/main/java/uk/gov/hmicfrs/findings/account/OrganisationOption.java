package uk.gov.hmicfrs.findings.account;

public record OrganisationOption(long id, String name) {
}
