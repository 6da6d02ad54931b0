package uk.gov.hmicfrs.findings.finding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import uk.gov.hmicfrs.findings.organisation.Organisation;

/** What an organisation must do about a finding, by when. Written only through {@link FindingWriter}. */
@Entity
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    /** The organisation that must act. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String reference;

    private String leadIn;

    private String text;

    private LocalDate dueOn;

    private int position;

    /** Ids of the themes it is tagged with (table recommendation_theme). */
    @ElementCollection
    @CollectionTable(name = "recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @Version
    private int version;

    protected Recommendation() {
    }

    Recommendation(Finding finding, Organisation organisation, String reference, String leadIn, String text,
                   LocalDate dueOn, int position, Collection<Long> themeIds) {
        this.finding = finding;
        this.reference = reference;
        this.position = position;
        revise(organisation, leadIn, text, dueOn, themeIds);
    }

    /** Everything but the reference and the finding it answers. */
    void revise(Organisation organisation, String leadIn, String text, LocalDate dueOn, Collection<Long> themeIds) {
        this.organisation = organisation;
        this.leadIn = leadIn;
        this.text = text;
        this.dueOn = dueOn;
        // changed in place, so that an unchanged set writes nothing
        this.themeIds.retainAll(themeIds);
        this.themeIds.addAll(themeIds);
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getReference() {
        return reference;
    }

    public String getLeadIn() {
        return leadIn;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }
}
