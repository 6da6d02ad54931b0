package uk.gov.hmicfrs.findings.account;

/** A choice in the user form's organisation list; value() and text() are what fragments/form :: selectField shows. */
public record OrganisationOption(long id, String name) {

    public String value() {
        return String.valueOf(id);
    }

    public String text() {
        return name;
    }
}
