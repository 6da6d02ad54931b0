package uk.gov.hmicfrs.findings.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * User administration (admins only) and password changes. Every write is audited in its own
 * transaction; no audit entry ever holds a password or a hash.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountService(AppUserRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
                   PasswordPolicy policy, AuditService audit, Clock clock,
                   ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserRow> users() {
        return users.findAllRows();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow user(long id) {
        return users.findRow(id).orElseThrow(() -> new NotFoundException("User " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<OrganisationOption> organisationOptions() {
        return organisations.findAllWithRegionInOrder().stream().map(o -> new OrganisationOption(o.getId(), o.getName())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long createUser(CurrentUser admin, String username, String displayName, Role role, Long organisationId,
                           String password) {
        String cleanUsername = username.strip().toLowerCase(Locale.ROOT);
        if (users.existsByUsernameIgnoreCase(cleanUsername)) {
            throw new AccountProblemException("username", "A user with that username already exists");
        }
        policy.problem(password, cleanUsername).ifPresent(problem -> {
            throw new AccountProblemException("password", problem);
        });
        AppUser user = users.save(new AppUser(cleanUsername, displayName.strip(), passwordEncoder.encode(password), role,
                organisationFor(role, organisationId)));
        users.flush();
        audit.record(admin, "USER_CREATED", AuditEntityType.USER, user.getId(), null, state(user));
        return user.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void updateUser(CurrentUser admin, long id, int expectedVersion, String displayName, Role role, Long organisationId) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        if (user.getVersion() != expectedVersion) {
            throw new StaleEditException("user", id);
        }
        if (user.getId() == admin.id() && role != user.getRole()) {
            // An admin who demotes themselves could leave nobody able to administer the service.
            throw new AccountProblemException("role", "You cannot change your own role");
        }
        Map<String, Object> before = state(user);
        user.rename(displayName.strip());
        user.changeRole(role, organisationFor(role, organisationId));
        users.flush();
        signOutEverywhere(user.getUsername());
        audit.record(admin, "USER_UPDATED", AuditEntityType.USER, id, before, state(user));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(CurrentUser admin, long id, boolean active) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        if (user.getId() == admin.id()) {
            throw new AccountProblemException("active", "You cannot deactivate your own account");
        }
        if (user.isActive() == active) {
            return;
        }
        Map<String, Object> before = state(user);
        user.setActive(active);
        users.flush();
        signOutEverywhere(user.getUsername());
        audit.record(admin, active ? "USER_REACTIVATED" : "USER_DEACTIVATED", AuditEntityType.USER, id, before, state(user));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(CurrentUser admin, long id, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        policy.problem(newPassword, user.getUsername()).ifPresent(problem -> {
            throw new AccountProblemException("password", problem);
        });
        Map<String, Object> before = state(user);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        users.flush();
        signOutEverywhere(user.getUsername());
        audit.record(admin, "PASSWORD_RESET", AuditEntityType.USER, id, before, state(user));
    }

    @Transactional
    public void changeOwnPassword(CurrentUser self, String currentPassword, String newPassword) {
        AppUser user = users.findById(self.id()).orElseThrow(() -> new NotFoundException("User " + self.id()));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountProblemException("currentPassword", "Your current password is not right");
        }
        policy.problem(newPassword, user.getUsername()).ifPresent(problem -> {
            throw new AccountProblemException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new AccountProblemException("newPassword", "Your new password must be different from your current one");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        users.flush();
        audit.record(self, "PASSWORD_CHANGED", AuditEntityType.USER, user.getId(), null, Map.of("username", user.getUsername()));
    }

    /**
     * The session keeps the user's role and organisation from sign-in, so a change of role,
     * deactivation or a password reset ends the user's sessions: the next request signs in again.
     * Same database, same transaction.
     */
    private void signOutEverywhere(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }

    private Organisation organisationFor(Role role, Long organisationId) {
        if (role != Role.FORCE_LEAD) {
            return null;
        }
        if (organisationId == null) {
            throw new AccountProblemException("organisationId", "Select the organisation the force lead reports for");
        }
        return organisations.findById(organisationId)
                .orElseThrow(() -> new AccountProblemException("organisationId", "Select the organisation the force lead reports for"));
    }

    private static Map<String, Object> state(AppUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", user.getUsername());
        state.put("displayName", user.getDisplayName());
        state.put("role", user.getRole().name());
        state.put("organisationId", user.getOrganisation() == null ? null : user.getOrganisation().getId());
        state.put("active", user.isActive());
        return state;
    }
}
