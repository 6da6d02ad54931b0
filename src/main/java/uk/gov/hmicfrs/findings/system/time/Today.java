package uk.gov.hmicfrs.findings.system.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The one answer to "what is today?": the date in England and Wales, from the application's one
 * clock (which tests move). SQL never uses {@code current_date}: it is given {@code :today} from here.
 */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock.withZone(ClockConfiguration.LOCAL_ZONE);
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public int year() {
        return date().getYear();
    }

    public Instant now() {
        return clock.instant();
    }
}
