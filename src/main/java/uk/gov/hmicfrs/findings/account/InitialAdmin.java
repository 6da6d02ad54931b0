package uk.gov.hmicfrs.findings.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;

/**
 * The first administrator of a new installation, from APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD
 * (app.admin.username / app.admin.password). Created at start-up only when no user has that
 * username; never changes an existing account. The password must meet the password policy.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final String username;
    private final String password;

    InitialAdmin(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, AuditService audit,
                 @Value("${app.admin.username:}") String username, @Value("${app.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.audit = audit;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(username)) {
            return;
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (users.existsByUsernameIgnoreCase(name)) {
            return;
        }
        policy.problem(password, name).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD does not meet the password policy: " + problem);
        });
        AppUser admin = users.save(new AppUser(name, "Administrator", passwordEncoder.encode(password), Role.ADMIN, null));
        users.flush();
        audit.record(null, "system", "USER_CREATED", AuditEntityType.USER, admin.getId(), null,
                java.util.Map.of("username", name, "role", Role.ADMIN.name(), "source", "APP_ADMIN_USERNAME"));
        log.info("Created the initial administrator '{}'", name);
    }
}
