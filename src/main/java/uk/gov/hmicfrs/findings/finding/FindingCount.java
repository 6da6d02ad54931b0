package uk.gov.hmicfrs.findings.finding;

import java.util.Locale;

/** How pages say a number of findings: "1 finding", "116 findings", "1,000 findings". */
public final class FindingCount {

    private FindingCount() {
    }

    public static String label(long count) {
        return count == 1 ? "1 finding" : number(count) + " findings";
    }

    /** A count as GOV.UK writes it, with thousands separated by commas. */
    public static String number(long count) {
        return String.format(Locale.UK, "%,d", count);
    }
}
