package uk.gov.hmicfrs.findings.finding;

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

    @Version
    private int version;

    protected Finding() {
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
