package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.hmicfrs.findings.account.AppUser;

/** The inspectorate's assessment as a dated entry; the action keeps the latest outcome. */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private TrackedAction action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessor_id")
    private AppUser assessor;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AssessmentOutcome assessment;

    private String note;

    protected Assessment() {
    }

    Assessment(TrackedAction action, AppUser assessor, Instant createdAt, AssessmentOutcome assessment, String note) {
        this.action = action;
        this.assessor = assessor;
        this.createdAt = createdAt;
        this.assessment = assessment;
        this.note = note;
    }

    public Long getId() {
        return id;
    }
}
