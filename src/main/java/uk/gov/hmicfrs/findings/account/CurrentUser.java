package uk.gov.hmicfrs.findings.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.gov.hmicfrs.findings.audit.Actor;

/**
 * The signed-in user as the session keeps it: enough to authorise and to show a name without a
 * query. Holds no entity, so nothing lazy leaks into the session; the password hash is erased
 * once sign-in succeeds.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final String organisationName;
    private final boolean active;
    private final boolean accountNonLocked;
    private String passwordHash;

    public CurrentUser(long id, String username, String displayName, Role role, Long organisationId,
                       String organisationName, String passwordHash, boolean active) {
        this(id, username, displayName, role, organisationId, organisationName, passwordHash, active, true);
    }

    public CurrentUser(long id, String username, String displayName, Role role, Long organisationId,
                       String organisationName, String passwordHash, boolean active, boolean accountNonLocked) {
        this.accountNonLocked = accountNonLocked;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    static CurrentUser of(AppUser user) {
        return of(user, true);
    }

    /** @param accountNonLocked false while a sign-in lockout lasts: sign-in is then refused before the password is checked */
    static CurrentUser of(AppUser user, boolean accountNonLocked) {
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getOrganisation() == null ? null : user.getOrganisation().getId(),
                user.getOrganisation() == null ? null : user.getOrganisation().getName(),
                user.getPasswordHash(), user.isActive(), accountNonLocked);
    }

    @Override
    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public boolean isForceLead() {
        return role == Role.FORCE_LEAD;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Whether this user reports for the given organisation (only a force lead does). */
    public boolean leadsOrganisation(Long organisationIdToCheck) {
        return role == Role.FORCE_LEAD && organisationId != null && organisationId.equals(organisationIdToCheck);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
