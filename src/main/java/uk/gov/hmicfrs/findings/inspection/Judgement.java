package uk.gov.hmicfrs.findings.inspection;

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

import uk.gov.hmicfrs.findings.organisation.Organisation;

/** A graded judgement: what one inspection concluded about one organisation. */
@Entity
public class Judgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String sentence;

    private int position;

    @Version
    private int version;

    protected Judgement() {
    }

    public Judgement(Inspection inspection, Organisation organisation, Grade grade, String sentence, int position) {
        this.inspection = inspection;
        this.organisation = organisation;
        this.grade = grade;
        this.sentence = sentence;
        this.position = position;
    }

    public void regrade(Grade grade, String sentence) {
        this.grade = grade;
        this.sentence = sentence;
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

    public Grade getGrade() {
        return grade;
    }

    public String getSentence() {
        return sentence;
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }
}
