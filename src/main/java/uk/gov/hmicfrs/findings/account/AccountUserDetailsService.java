package uk.gov.hmicfrs.findings.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AccountUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.trim())
                // The lockout lives in the database, so it holds across every instance of the service.
                .map(user -> CurrentUser.of(user, user.getLockedUntil() == null || !user.getLockedUntil().isAfter(clock.instant())))
                // The message never reaches the user: the sign-in page says the same for every failure.
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
