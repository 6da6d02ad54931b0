package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.gov.hmicfrs.findings.system.time.ClockConfiguration;

/** GOV.UK style dates ("1 January 2025", "14 May 2024 at 3:05pm"), done here rather than in templates. */
final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private Dates() {
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? null
                : DATE_TIME.format(instant.atZone(ClockConfiguration.LOCAL_ZONE)).replace("AM", "am").replace("PM", "pm");
    }
}
