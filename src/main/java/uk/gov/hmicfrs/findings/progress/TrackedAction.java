package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.hmicfrs.findings.account.AppUser;
import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.Recommendation;
import uk.gov.hmicfrs.findings.organisation.Organisation;

/** A recommendation or area for improvement that its organisation must act on (table "action"). */
@Entity
@Table(name = "action")
public class TrackedAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The area for improvement tracked, when it is not a recommendation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private LocalDate originalDueOn;

    private LocalDate revisedDueOn;

    private String revisedDueReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revised_due_by")
    private AppUser revisedDueBy;

    private Instant revisedDueAt;

    @Enumerated(EnumType.STRING)
    private ForceStatus forceStatus = ForceStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    private AssessmentOutcome assessment = AssessmentOutcome.NOT_ASSESSED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_action_id")
    private TrackedAction supersededBy;

    private Instant updatedAt;

    @Version
    private int version;

    protected TrackedAction() {
    }

    /** The action for an area for improvement, which has no deadline by default. */
    TrackedAction(Finding areaForImprovement, Organisation owner, Instant when) {
        this.finding = areaForImprovement;
        this.organisation = owner;
        this.updatedAt = when;
    }

    /** The action for a recommendation: the organisation that must act, by its due date. */
    TrackedAction(Recommendation recommendation, Instant when) {
        this.recommendation = recommendation;
        this.organisation = recommendation.getOrganisation();
        this.originalDueOn = recommendation.getDueOn();
        this.updatedAt = when;
    }

    /** The action follows its recommendation's owner and deadline; a revised date stays as it was set. */
    void follow(Recommendation recommendation) {
        this.organisation = recommendation.getOrganisation();
        this.originalDueOn = recommendation.getDueOn();
    }

    void recordProgress(ForceStatus newStatus, Instant when) {
        this.forceStatus = newStatus;
        // Touched even when the status stays the same, so that the version moves on every entry.
        this.updatedAt = when;
    }

    void recordAssessment(AssessmentOutcome outcome, TrackedAction replacement, Instant when) {
        this.assessment = outcome;
        this.supersededBy = outcome == AssessmentOutcome.SUPERSEDED ? replacement : null;
        this.updatedAt = when;
    }

    void reviseDueDate(LocalDate newDate, String reason, AppUser by, Instant when) {
        this.revisedDueOn = newDate;
        this.revisedDueReason = reason;
        this.revisedDueBy = by;
        this.revisedDueAt = when;
        this.updatedAt = when;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisation.getId();
    }

    public LocalDate getOriginalDueOn() {
        return originalDueOn;
    }

    public LocalDate getRevisedDueOn() {
        return revisedDueOn;
    }

    public String getRevisedDueReason() {
        return revisedDueReason;
    }

    public ForceStatus getForceStatus() {
        return forceStatus;
    }

    public AssessmentOutcome getAssessment() {
        return assessment;
    }

    public TrackedAction getSupersededBy() {
        return supersededBy;
    }

    public int getVersion() {
        return version;
    }
}
