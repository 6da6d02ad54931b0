package uk.gov.hmicfrs.findings.system.web;

/** A choice of a select, as fragments/form :: selectField shows it: the value sent and the text shown. */
public record SelectOption(String value, String text) {
}
