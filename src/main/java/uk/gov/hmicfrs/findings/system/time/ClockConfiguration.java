package uk.gov.hmicfrs.findings.system.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time (lockout expiry, overdue dates). */
@Configuration
public class ClockConfiguration {

    /** Due dates and "today" are as people in England and Wales read them. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
