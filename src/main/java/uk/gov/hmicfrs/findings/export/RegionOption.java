package uk.gov.hmicfrs.findings.export;

public record RegionOption(String slug, String name) {
}
