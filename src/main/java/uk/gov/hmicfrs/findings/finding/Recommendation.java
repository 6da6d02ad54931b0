package uk.gov.hmicfrs.findings.finding;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import uk.gov.hmicfrs.findings.organisation.Organisation;

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

    @Version
    private int version;

    protected Recommendation() {
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
}
