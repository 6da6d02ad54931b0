package uk.gov.hmicfrs.findings.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters to add or change a theme. */
public class ThemeForm {

    @NotBlank(message = "Enter a name")
    @Size(max = 80, message = "Name must be 80 characters or fewer")
    private String name;

    @Size(max = 500, message = "Description must be 500 characters or fewer")
    private String description;

    private Integer version;

    public ThemeForm() {
    }

    public ThemeForm(String name, String description, Integer version) {
        this.name = name;
        this.description = description;
        this.version = version;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    String name() { return name; }
    Integer version() { return version; }

    String descriptionOrEmpty() {
        return description == null ? "" : description.strip();
    }
}
