package uk.gov.hmicfrs.findings.account;

public record NavigationItem(String text, String href, boolean active) {

    /** Kept out of the template: Thymeleaf reads a double underscore there as preprocessing. */
    public String cssClass() {
        return active ? "govuk-service-navigation__item govuk-service-navigation__item--active"
                : "govuk-service-navigation__item";
    }
}
