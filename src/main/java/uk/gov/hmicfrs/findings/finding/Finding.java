package uk.gov.hmicfrs.findings.finding;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import uk.gov.hmicfrs.findings.inspection.Inspection;
import uk.gov.hmicfrs.findings.organisation.Organisation;

/** A finding of an inspection. Written only through {@link FindingWriter}. */
@Entity
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    /** Null for a regional finding, which no single body owns. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private ReportSection section;

    @Enumerated(EnumType.STRING)
    private FindingType type;

    private String title;

    private String body;

    private int position;

    private String reference;

    private boolean withdrawn;

    /** The finding of an earlier inspection that this one repeats, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeats_finding_id")
    private Finding repeats;

    /** Ids of the themes it is tagged with (table finding_theme): themes describe findings, not the other way round. */
    @ElementCollection
    @CollectionTable(name = "finding_theme", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @Version
    private int version;

    protected Finding() {
    }

    Finding(Inspection inspection, Organisation organisation, ReportSection section, FindingType type, String title,
            String body, int position, String reference, Finding repeats, Collection<Long> themeIds) {
        this.inspection = inspection;
        this.position = position;
        this.reference = reference;
        this.repeats = repeats;
        revise(section, type, organisation, title, body, themeIds);
    }

    /** Everything but the reference, which stays whatever changes: it is how everyone refers to the finding. */
    void revise(ReportSection section, FindingType type, Organisation organisation, String title, String body,
                Collection<Long> themeIds) {
        this.section = section;
        this.type = type;
        this.organisation = organisation;
        this.title = title;
        this.body = body;
        // changed in place, so that an unchanged set writes nothing
        this.themeIds.retainAll(themeIds);
        this.themeIds.addAll(themeIds);
    }

    void withdraw() {
        this.withdrawn = true;
    }

    void repeat(Finding earlier) {
        this.repeats = earlier;
    }

    public Long getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ReportSection getSection() {
        return section;
    }

    public FindingType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getPosition() {
        return position;
    }

    public String getReference() {
        return reference;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public int getVersion() {
        return version;
    }
}
