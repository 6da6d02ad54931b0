package uk.gov.hmicfrs.findings.theme;

/** A theme with that name already exists; shown as a form error. */
public class DuplicateThemeException extends RuntimeException {
    public DuplicateThemeException(String name) {
        super("A theme called " + name + " already exists");
    }
}
