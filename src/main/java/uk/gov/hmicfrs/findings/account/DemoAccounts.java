package uk.gov.hmicfrs.findings.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;

/**
 * Demo accounts for trying the service, created at start-up when {@code app.demo-accounts} is true
 * (the default on the embedded database only, so a production database never gets them).
 */
@Component
@Conditional(DemoAccountsCondition.class)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String username, String displayName, Role role, String organisationSlug) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("inspector", "Demo Inspector", Role.INSPECTOR, null),
            new Demo("analyst", "Demo Analyst", Role.ANALYST, null),
            new Demo("admin", "Demo Administrator", Role.ADMIN, null),
            new Demo("lead.rocuwm", "ROCUWM lead", Role.FORCE_LEAD, "rocuwm"),
            new Demo("lead.staffordshire", "Staffordshire Police lead", Role.FORCE_LEAD, "staffordshire-police"),
            new Demo("lead.warwickshire", "Warwickshire Police lead", Role.FORCE_LEAD, "warwickshire-police"),
            new Demo("lead.westmercia", "West Mercia Police lead", Role.FORCE_LEAD, "west-mercia-police"),
            new Demo("lead.westmidlands", "West Midlands Police lead", Role.FORCE_LEAD, "west-midlands-police"));

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(AppUserRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Demo> missing = ACCOUNTS.stream().filter(demo -> !users.existsByUsernameIgnoreCase(demo.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        // Every demo account shares one password: hash it once, not once per account.
        String hash = passwordEncoder.encode(PASSWORD);
        for (Demo demo : missing) {
            Organisation organisation = demo.organisationSlug() == null ? null
                    : organisations.findBySlug(demo.organisationSlug()).orElseThrow(() ->
                            new IllegalStateException("Demo account " + demo.username() + " needs organisation " + demo.organisationSlug()));
            users.save(new AppUser(demo.username(), demo.displayName(), hash, demo.role(), organisation));
        }
        log.info("Created {} demo accounts (password '{}')", missing.size(), PASSWORD);
    }
}
