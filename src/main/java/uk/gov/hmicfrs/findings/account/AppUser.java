package uk.gov.hmicfrs.findings.account;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import uk.gov.hmicfrs.findings.organisation.Organisation;

// Only changed columns are written, so an admin's edit never overwrites the sign-in counters that
// LoginAttempts keeps with its own statements (which, deliberately, do not move the version).
@Entity
@DynamicUpdate
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The one organisation a force lead reports for; null for everyone else. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private boolean active = true;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant createdAt = Instant.now();

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, Organisation organisation) {
        if ((role == Role.FORCE_LEAD) != (organisation != null)) {
            throw new IllegalArgumentException("A force lead, and only a force lead, belongs to an organisation");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisation = organisation;
    }

    /** Changes role and organisation together, keeping the rule the database also enforces. */
    void changeRole(Role newRole, Organisation newOrganisation) {
        if ((newRole == Role.FORCE_LEAD) != (newOrganisation != null)) {
            throw new IllegalArgumentException("A force lead, and only a force lead, belongs to an organisation");
        }
        this.role = newRole;
        this.organisation = newOrganisation;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void setActive(boolean newActive) {
        this.active = newActive;
    }

    /** An admin's password reset also lifts a lockout. */
    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
