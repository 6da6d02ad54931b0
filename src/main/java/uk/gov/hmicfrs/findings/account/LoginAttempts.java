package uk.gov.hmicfrs.findings.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked
 * for 15 minutes. Counted in the database with single atomic statements, so that it holds across
 * instances and concurrent attempts. A failure for an unknown username changes nothing, and the
 * sign-in page says the same in every case.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.countFailedSignIn(String.valueOf(event.getAuthentication().getName()).strip(), MAX_FAILURES,
                clock.instant().plus(LOCKOUT));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            users.clearFailedSignIns(user.id());
        }
    }
}
