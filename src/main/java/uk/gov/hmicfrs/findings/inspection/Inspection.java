package uk.gov.hmicfrs.findings.inspection;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import uk.gov.hmicfrs.findings.organisation.Region;

@Entity
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String referencePrefix;

    private String title;

    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    private String source;

    @Version
    private int version;

    protected Inspection() {
    }

    /** @param region null for an inspection of no one region (a national thematic, say) */
    public Inspection(String slug, String referencePrefix, String title, LocalDate publishedOn, InspectionKind kind,
                      Region region, String source) {
        revise(slug, referencePrefix, title, publishedOn, kind, region, source);
    }

    public void revise(String slug, String referencePrefix, String title, LocalDate publishedOn, InspectionKind kind,
                       Region region, String source) {
        this.slug = slug;
        this.referencePrefix = referencePrefix;
        this.title = title;
        this.publishedOn = publishedOn;
        this.kind = kind;
        this.region = region;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getReferencePrefix() {
        return referencePrefix;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public Region getRegion() {
        return region;
    }

    public String getSource() {
        return source;
    }

    public int getVersion() {
        return version;
    }
}
