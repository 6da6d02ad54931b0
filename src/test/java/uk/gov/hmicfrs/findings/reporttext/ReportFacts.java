package uk.gov.hmicfrs.findings.reporttext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a report text does not say about itself: how the inspection is identified in the database, and
 * which figures in its text are key figures. One entry per published report; add the next report here.
 */
public record ReportFacts(
        String title,
        String slug,
        String referencePrefix,
        String kind,
        String regionSlug,
        String source,
        List<KeyFigureRule> keyFigureRules) {

    public ReportFacts {
        keyFigureRules = List.copyOf(keyFigureRules);
    }

    /**
     * A figure the report states about a body. The pattern is searched in the text of that body's findings
     * (then its passages) and must match exactly once; its {@code value} group is the figure (digits, or a
     * number word such as "two"), and its optional {@code period} group, when present, is the period.
     */
    public record KeyFigureRule(String organisationCode, Pattern pattern, String label, String unit, String period) {
        static KeyFigureRule rule(String organisationCode, String regex, String label, String unit, String period) {
            return new KeyFigureRule(organisationCode, Pattern.compile(regex), label, unit, period);
        }
    }

    public static final String PURSUE_LABEL = "Recorded disruptions that were pursue activity";

    private static final String AT_INSPECTION = "at the time of the inspection";

    public static final ReportFacts WEST_MIDLANDS_SOC_2024 = new ReportFacts(
            "An inspection of the West Midlands regional response to serious and organised crime",
            "west-midlands-soc-2024",
            "WM-SOC-2024",
            "REGIONAL_SOC",
            "west-midlands",
            "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/",
            List.of(
                    // body    regex (value group = the figure)                                                                                   label                                                         unit       period
                    KeyFigureRule.rule("ROCUWM", "for the (?<period>year ending \\d{1,2} \\w+ \\d{4})\\. We found a good distribution of activity, with (?<value>\\d+) percent of recorded disruptions for pursue activities",
                            PURSUE_LABEL, "percent", null),
                    KeyFigureRule.rule("ROCUWM", "region contains (?<value>\\d+) prisons",
                            "Prisons in the West Midlands region", "count", AT_INSPECTION),
                    KeyFigureRule.rule("ROCUWM", "prisons that house over (?<value>[\\d,]+) serious and organised crime offenders",
                            "Serious and organised crime offenders in the region’s prisons (more than)", "count", AT_INSPECTION),
                    KeyFigureRule.rule("ROCUWM", "there were only (?<value>\\w+) offenders on the multi-agency response to serious and organised crime \\(MARSOC\\) programme",
                            "Offenders on the MARSOC programme", "count", AT_INSPECTION),
                    KeyFigureRule.rule("STAFFS", "for the (?<period>year ending \\d{1,2} \\w+ \\d{4}) showed that (?<value>\\d+) percent of disruptions were categorised as pursue activity",
                            PURSUE_LABEL, "percent", null),
                    KeyFigureRule.rule("STAFFS", "the force had (?<value>\\d+) analysts",
                            "Analysts in the knowledge hub", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WARKS", "the force told us that (?<value>\\w+) serious crime prevention orders were in place",
                            "Serious crime prevention orders in place", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WARKS", "in place and another (?<value>\\w+) were being applied for",
                            "Serious crime prevention orders being applied for", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMERC", "about (?<value>\\d+) percent of analytical demand relates to the examination of communications data",
                            "Analytical demand that is examination of communications data", "percent", AT_INSPECTION),
                    KeyFigureRule.rule("WMERC", "For the (?<period>year ending \\d{1,2} \\w+ \\d{4}), (?<value>\\d+) percent of recorded disruptions were for pursue activity",
                            PURSUE_LABEL, "percent", null),
                    KeyFigureRule.rule("WMERC", "the force had (?<value>\\d+) SCPO orders",
                            "Serious crime prevention orders (SCPOs) in place", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMERC", "(?<value>\\w+) of these were being actively managed",
                            "SCPOs being actively managed", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMERC", "The remaining (?<value>\\d+) SCPOs concerned individuals in prison",
                            "SCPOs concerning individuals in prison", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMP", "prioritise its top (?<value>\\d+) SOC threats",
                            "SOC threats prioritised on the force threat grid", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMP", "the LRO was managing (?<value>\\d+) SOC threats",
                            "SOC threats managed by one local policing area LRO", "count", AT_INSPECTION),
                    KeyFigureRule.rule("WMP", "managing 4P plans for over (?<value>\\d+) gangs",
                            "Gangs with 4P plans managed by one gangs team (more than)", "count", AT_INSPECTION)));

    private static final List<ReportFacts> KNOWN = List.of(WEST_MIDLANDS_SOC_2024);

    /** The facts for a report, found by its title (the first line of the report text). */
    public static ReportFacts forTitle(String title) {
        return KNOWN.stream().filter(f -> f.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No ReportFacts for report \"" + title + "\": add an entry to ReportFacts"));
    }
}
