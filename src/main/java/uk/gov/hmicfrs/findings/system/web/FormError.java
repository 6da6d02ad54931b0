package uk.gov.hmicfrs.findings.system.web;

/** One problem with a filter, shown in the GOV.UK error summary and linked to its field. */
public record FormError(String field, String message) {

    public String href() {
        return "#" + field;
    }
}
