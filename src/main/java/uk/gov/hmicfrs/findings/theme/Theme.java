package uk.gov.hmicfrs.findings.theme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One entry of the controlled list of themes that findings and recommendations are tagged with. */
@Entity
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    private int position;

    @Version
    private int version;

    protected Theme() {
    }

    Theme(String slug, String name, String description, int position) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.position = position;
    }

    void rename(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }
}
