package uk.gov.hmicfrs.findings.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        // SET expressions all read the old row, so both columns decide on the same count.
        jdbc.update("""
                update app_user set
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end,
                    failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end
                where lower(username) = lower(?)
                """, MAX_FAILURES, Timestamp.from(clock.instant().plus(LOCKOUT)), MAX_FAILURES,
                String.valueOf(event.getAuthentication().getName()).strip());
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            jdbc.update("update app_user set failed_attempts = 0, locked_until = null where id = ? and (failed_attempts <> 0 or locked_until is not null)",
                    user.id());
        }
    }
}
