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

/** A dated entry from the force. Never edited or deleted (no setters): a correction is a new entry. */
@Entity
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private TrackedAction action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private ForceStatus statusBefore;

    @Enumerated(EnumType.STRING)
    private ForceStatus statusAfter;

    private String narrative;

    protected ProgressUpdate() {
    }

    ProgressUpdate(TrackedAction action, AppUser author, Instant createdAt, ForceStatus statusBefore,
                   ForceStatus statusAfter, String narrative) {
        this.action = action;
        this.author = author;
        this.createdAt = createdAt;
        this.statusBefore = statusBefore;
        this.statusAfter = statusAfter;
        this.narrative = narrative;
    }

    public Long getId() {
        return id;
    }
}
