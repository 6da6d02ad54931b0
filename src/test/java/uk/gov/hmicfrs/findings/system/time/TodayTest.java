package uk.gov.hmicfrs.findings.system.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today" is the date in England and Wales, whatever zone the clock or the machine is in. */
class TodayTest {

    static Today at(String instant) {
        return new Today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void lateOnASummerEveningInUtcIsAlreadyTomorrowInLondon() {
        // 23:30 UTC is 00:30 British Summer Time
        Today today = at("2026-07-14T23:30:00Z");
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(today.now()).isEqualTo(Instant.parse("2026-07-14T23:30:00Z"));
    }

    @Test
    void inWinterLondonIsOnUtc() {
        assertThat(at("2026-01-14T23:30:00Z").date()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(at("2026-01-15T00:00:00Z").date()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void theYearTurnsAtMidnightInLondon() {
        assertThat(at("2026-12-31T23:59:59Z").year()).isEqualTo(2026);
        assertThat(at("2027-01-01T00:00:00Z").year()).isEqualTo(2027);
    }
}
