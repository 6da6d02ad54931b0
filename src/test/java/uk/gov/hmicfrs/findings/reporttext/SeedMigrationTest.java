package uk.gov.hmicfrs.findings.reporttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.hmicfrs.findings.IntegrationTest;

/**
 * Proves that the migrated database holds the West Midlands SOC 2024 report faithfully. Deliberately
 * independent of {@link ReportTextParser}: it reads the report text itself with the simplest rules that
 * hold for it (markers, Contents, list bullets) and compares with what SQL finds in the database.
 */
@IntegrationTest
class SeedMigrationTest {

    static final String REPORT = "/reports/west-midlands-soc-2024.txt";
    static final String SLUG = "west-midlands-soc-2024";

    static final Map<String, String> MARKERS = Map.of(
            "Area for improvement", "AREA_FOR_IMPROVEMENT",
            "Cause of concern", "CAUSE_OF_CONCERN",
            "Innovative practice", "INNOVATIVE_PRACTICE",
            "Promising practice", "PROMISING_PRACTICE");

    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("Understanding SOC and setting priorities to tackle it: ", "UNDERSTANDING");
        SECTIONS.put("Resources and skills: ", "RESOURCES");
        SECTIONS.put("Tackling SOC and safeguarding people and communities: ", "TACKLING");
    }

    static final Pattern CONTENTS_CHAPTER = Pattern.compile("^  \\d+\\. (.+)$");
    static final Pattern CONTENTS_ENTRY = Pattern.compile("^    \\d+\\. (.+)$");
    static final Pattern BULLET = Pattern.compile("^\\s+• (.+)$");

    /** A marker + heading pair of the report, with where the text puts it. */
    record ExpectedFinding(String type, String title, String chapter, String section) {
    }

    /** The report body: lines between "Print this document" and the final "Back to publication". */
    static List<String> body;
    static List<String> chapters = new ArrayList<>();
    static Map<String, List<String>> contentsEntries = new HashMap<>();
    static List<ExpectedFinding> expectedFindings = new ArrayList<>();
    static String recommendationsLeadIn;
    static List<String> recommendationBullets = new ArrayList<>();

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void readReport() throws IOException {
        String text;
        try (InputStream in = SeedMigrationTest.class.getResourceAsStream(REPORT)) {
            assertNotNull(in, REPORT + " on the test classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = List.of(text.split("\n", -1));
        int print = lines.indexOf("Print this document");
        int end = lines.lastIndexOf("Back to publication");
        assertTrue(print > 0 && end > print);
        body = lines.subList(print + 1, end);

        String chapter = null;
        for (String line : lines.subList(lines.indexOf("Contents") + 1, print)) {
            Matcher top = CONTENTS_CHAPTER.matcher(line);
            Matcher entry = CONTENTS_ENTRY.matcher(line);
            if (top.matches() && !top.group(1).equals("Back to publication")) {
                chapter = top.group(1);
                chapters.add(chapter);
                contentsEntries.put(chapter, new ArrayList<>());
            } else if (entry.matches()) {
                contentsEntries.get(chapter).add(entry.group(1));
            }
        }

        chapter = null;
        String section = null;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (chapters.contains(line)) {
                chapter = line;
                section = line.equals("Regional findings") ? "REGIONAL" : "SUMMARY";
            } else if (chapter != null && contentsEntries.get(chapter).contains(line) && sectionOf(line) != null) {
                section = sectionOf(line);
            } else if (MARKERS.containsKey(line)) {
                expectedFindings.add(new ExpectedFinding(MARKERS.get(line), nextNonBlank(i), chapter, section));
            } else if (line.equals("Recommendations")) {
                int leadIn = indexOfNextNonBlank(i);
                recommendationsLeadIn = body.get(leadIn);
                for (int j = indexOfNextNonBlank(leadIn); j < body.size() && !body.get(j).isBlank(); j++) {
                    Matcher bullet = BULLET.matcher(body.get(j));
                    assertTrue(bullet.matches(), body.get(j));
                    recommendationBullets.add(bullet.group(1));
                }
            }
        }
    }

    static String sectionOf(String line) {
        return SECTIONS.entrySet().stream().filter(e -> line.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static int indexOfNextNonBlank(int i) {
        int j = i + 1;
        while (body.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    static String nextNonBlank(int i) {
        return body.get(indexOfNextNonBlank(i));
    }

    record DbFinding(String type, String title, String section, String organisation, String body, int position) {
    }

    List<DbFinding> dbFindings() {
        return jdbc.query("""
                select f.type, f.title, f.section, o.name as organisation, f.body, f.position
                from finding f
                join inspection i on i.id = f.inspection_id
                left join organisation o on o.id = f.organisation_id
                where i.slug = ?
                order by f.position""",
                (rs, n) -> new DbFinding(rs.getString("type"), rs.getString("title"), rs.getString("section"),
                        rs.getString("organisation"), rs.getString("body"), rs.getInt("position")),
                SLUG);
    }

    @Test
    void inspection() {
        Map<String, Object> row = jdbc.queryForMap("""
                select i.reference_prefix, i.title, i.published_on, i.kind, r.slug as region, i.source
                from inspection i left join region r on r.id = i.region_id where i.slug = ?""", SLUG);
        assertEquals("WM-SOC-2024", row.get("reference_prefix"));
        assertEquals("An inspection of the West Midlands regional response to serious and organised crime", row.get("title"));
        assertEquals(LocalDate.of(2024, 5, 14), ((java.sql.Date) row.get("published_on")).toLocalDate());
        assertEquals("REGIONAL_SOC", row.get("kind"));
        assertEquals("west-midlands", row.get("region"));
        assertEquals("https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/",
                row.get("source"));
    }

    @Test
    void everyMarkedFindingIsStoredWithItsTypeOrganisationAndSection() {
        assertEquals(18, expectedFindings.size(), "marker + heading pairs in the report");
        List<DbFinding> stored = dbFindings();
        Set<String> organisationNames = new HashSet<>(jdbc.queryForList("select name from organisation", String.class));
        List<String> problems = new ArrayList<>();
        for (ExpectedFinding expected : expectedFindings) {
            String organisation = organisationNames.contains(expected.chapter()) ? expected.chapter() : null;
            if (organisation == null && !expected.chapter().equals("Regional findings")) {
                problems.add("chapter is neither an organisation nor Regional findings: " + expected);
                continue;
            }
            List<DbFinding> matches = stored.stream().filter(f -> f.title().equals(expected.title())).toList();
            if (matches.size() != 1) {
                problems.add(matches.size() + " findings titled: " + expected.title());
                continue;
            }
            DbFinding f = matches.get(0);
            if (!f.type().equals(expected.type()) || !Objects.equals(f.organisation(), organisation)
                    || !f.section().equals(expected.section())) {
                problems.add("expected " + expected + " with organisation " + organisation + " but stored " + f.type()
                        + " / " + f.organisation() + " / " + f.section());
            }
        }
        assertEquals(List.of(), problems);

        Map<String, Long> expectedPerType = expectedFindings.stream()
                .collect(Collectors.groupingBy(ExpectedFinding::type, TreeMap::new, Collectors.counting()));
        Map<String, Long> storedPerType = stored.stream().filter(f -> !f.type().equals("OBSERVATION"))
                .collect(Collectors.groupingBy(DbFinding::type, TreeMap::new, Collectors.counting()));
        assertEquals(expectedPerType, storedPerType);
        assertEquals(Map.of("AREA_FOR_IMPROVEMENT", 13L, "CAUSE_OF_CONCERN", 1L, "INNOVATIVE_PRACTICE", 4L), storedPerType);

        // the regional area for improvement has no organisation; the West Mercia cause of concern is in its summary
        DbFinding regional = stored.stream().filter(f -> f.type().equals("AREA_FOR_IMPROVEMENT")
                && f.section().equals("REGIONAL")).findFirst().orElseThrow();
        assertEquals(null, regional.organisation());
        assertTrue(regional.body().startsWith("The Regional Organised Crime Unit for the West Midlands (ROCUWM), with its constituent forces, should:\n\n"));
        Map<String, Object> coc = jdbc.queryForMap("""
                select f.reference, f.section, o.name from finding f join organisation o on o.id = f.organisation_id
                join inspection i on i.id = f.inspection_id
                where f.type = 'CAUSE_OF_CONCERN' and i.slug = ?""", SLUG);
        assertEquals("WM-SOC-2024-WMERC-COC-1", coc.get("reference"));
        assertEquals("SUMMARY", coc.get("section"));
        assertEquals("West Mercia Police", coc.get("name"));
        assertEquals(1, jdbc.queryForObject("select count(*) from finding where reference = 'WM-SOC-2024-REGIONAL-AFI-1' and organisation_id is null", Integer.class));
    }

    @Test
    void everyRecommendationBulletIsARecommendationInOrder() {
        assertEquals(9, recommendationBullets.size());
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select r.text, r.lead_in, r.due_on, r.position, r.reference, o.name as organisation, f.reference as finding
                from recommendation r
                join finding f on f.id = r.finding_id
                join inspection i on i.id = f.inspection_id
                join organisation o on o.id = r.organisation_id
                where i.slug = ?
                order by f.position, r.position""", SLUG);
        assertEquals(recommendationBullets, rows.stream().map(r -> (String) r.get("text")).toList());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> r = rows.get(i);
            assertEquals(recommendationsLeadIn, r.get("lead_in"));
            assertEquals("By 1 January 2025, West Mercia Police should:", r.get("lead_in"));
            assertEquals(LocalDate.of(2025, 1, 1), ((java.sql.Date) r.get("due_on")).toLocalDate());
            assertEquals("West Mercia Police", r.get("organisation"));
            assertEquals(i + 1, ((Number) r.get("position")).intValue());
            assertEquals("WM-SOC-2024-WMERC-COC-1", r.get("finding"));
            assertEquals("WM-SOC-2024-WMERC-COC-1-R" + (i + 1), r.get("reference"));
        }
        // the cause of concern's body is the narrative only
        String cocBody = jdbc.queryForObject("select body from finding where reference = 'WM-SOC-2024-WMERC-COC-1'", String.class);
        assertTrue(!cocBody.contains("Recommendations") && !cocBody.contains("•") && !cocBody.contains("By 1 January 2025"), cocBody);
    }

    @Test
    void everyLineOfTheReportIsInTheDatabase() {
        Set<String> known = new HashSet<>();
        Set<String> recommendationTexts = new HashSet<>();
        List<DbFinding> findings = dbFindings();
        Map<String, String> markerFor = MARKERS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        for (DbFinding f : findings) {
            known.add(f.title());
            known.addAll(List.of(f.body().split("\n")));
            if (markerFor.containsKey(f.type())) {
                known.add(markerFor.get(f.type()));
            }
        }
        jdbc.query("""
                select p.chapter, p.heading, p.body from passage p join inspection i on i.id = p.inspection_id
                where i.slug = ?""", rs -> {
            known.add(rs.getString("chapter"));
            if (rs.getString("heading") != null) {
                known.add(rs.getString("heading"));
            }
            known.addAll(List.of(rs.getString("body").split("\n")));
        }, SLUG);
        jdbc.query("""
                select o.name, j.sentence from judgement j join inspection i on i.id = j.inspection_id
                join organisation o on o.id = j.organisation_id where i.slug = ?""", rs -> {
            known.add(rs.getString("name")); // the organisation's chapter heading
            known.add(rs.getString("sentence"));
        }, SLUG);
        jdbc.query("""
                select r.lead_in, r.text from recommendation r join finding f on f.id = r.finding_id
                join inspection i on i.id = f.inspection_id where i.slug = ?""", rs -> {
            known.add("Recommendations");
            known.add(rs.getString("lead_in"));
            recommendationTexts.add(rs.getString("text"));
        }, SLUG);
        // section headings implied by organisation + section ("Resources and skills: ROCUWM")
        jdbc.query("""
                select distinct o.name, o.short_name, x.section from (
                    select organisation_id, section, inspection_id from finding
                    union select organisation_id, section, inspection_id from passage) x
                join inspection i on i.id = x.inspection_id
                join organisation o on o.id = x.organisation_id where i.slug = ?""", rs -> {
            String name = rs.getString("name");
            String shortName = rs.getString("short_name");
            String stored = rs.getString("section");
            SECTIONS.forEach((prefix, section) -> {
                if (section.equals(stored)) {
                    known.add(prefix + name);
                    known.add(prefix + shortName);
                }
            });
        }, SLUG);

        List<String> missing = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (line.isBlank() || known.contains(line)) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && recommendationTexts.contains(bullet.group(1))) {
                continue;
            }
            missing.add("line " + (i + 1) + ": " + line);
        }
        assertEquals(0, missing.size(), "report lines not in the database:\n" + String.join("\n", missing));
    }

    @Test
    void theDatabaseReadsInReportOrder() {
        // the first line of every passage, judgement and finding, by position, appears in that order in the text
        List<String> anchors = jdbc.queryForList("""
                select anchor from (
                    select coalesce(p.heading, split_part(p.body, E'\\n', 1)) as anchor, p.position from passage p
                        join inspection i on i.id = p.inspection_id where i.slug = ?
                    union all
                    select j.sentence, j.position from judgement j join inspection i on i.id = j.inspection_id where i.slug = ?
                    union all
                    select f.title, f.position from finding f join inspection i on i.id = f.inspection_id where i.slug = ?
                ) x order by position""", String.class, SLUG, SLUG, SLUG);
        int at = -1;
        for (String anchor : anchors) {
            int next = body.subList(at + 1, body.size()).indexOf(anchor);
            assertTrue(next >= 0, "out of order or missing: " + anchor);
            at += next + 1;
        }
        List<Integer> positions = jdbc.queryForList("""
                select x.position from (
                    select position, inspection_id from passage union all select position, inspection_id from judgement
                    union all select position, inspection_id from finding) x
                join inspection i on i.id = x.inspection_id where i.slug = ?
                order by 1""", Integer.class, SLUG);
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i + 1, positions.get(i), "positions form one sequence");
        }
    }

    @Test
    void judgements() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select o.code, o.name, j.grade, j.sentence from judgement j
                join inspection i on i.id = j.inspection_id join organisation o on o.id = j.organisation_id
                where i.slug = ? order by j.position""", SLUG);
        assertEquals(List.of("ROCUWM:ADEQUATE", "STAFFS:REQUIRES_IMPROVEMENT", "WARKS:REQUIRES_IMPROVEMENT",
                        "WMERC:INADEQUATE", "WMP:ADEQUATE"),
                rows.stream().map(r -> r.get("code") + ":" + r.get("grade")).toList());
        for (Map<String, Object> r : rows) {
            int chapter = body.indexOf((String) r.get("name"));
            assertTrue(chapter >= 0, "chapter heading " + r.get("name"));
            assertEquals(nextNonBlank(chapter), r.get("sentence"));
        }
        assertEquals("The ROCUWM is adequate at tackling serious and organised crime.", rows.get(0).get("sentence"));
    }

    @Test
    void regionsAndOrganisationsOfAppendix1() {
        assertEquals(10, jdbc.queryForObject("select count(*) from region", Integer.class));
        Map<String, Integer> perType = new TreeMap<>();
        jdbc.query("select type, count(*) as n from organisation group by type",
                rs -> { perType.put(rs.getString("type"), rs.getInt("n")); });
        assertEquals(Map.of("ROCU", 9, "TERRITORIAL_FORCE", 43, "OTHER_FORCE", 1), perType);
        assertEquals("British Transport Police", jdbc.queryForObject(
                "select name from organisation where type = 'OTHER_FORCE'", String.class));

        Map<String, String> rocuRegions = new TreeMap<>();
        jdbc.query("select o.slug, r.slug as region from organisation o join region r on r.id = o.region_id where o.type = 'ROCU'",
                rs -> { rocuRegions.put(rs.getString("slug"), rs.getString("region")); });
        assertEquals(Map.of("rocune", "north-east", "yhrocu", "yorkshire-and-the-humber", "nwrocu", "north-west",
                "tarian", "southern-wales", "rocuwm", "west-midlands", "emsou", "east-midlands", "ersou", "eastern",
                "swrocu", "south-west", "serocu", "south-east"), rocuRegions);

        Set<String> westMidlands = new HashSet<>(jdbc.queryForList("""
                select o.name from organisation o join region r on r.id = o.region_id where r.slug = 'west-midlands'""",
                String.class));
        assertEquals(Set.of("Regional Organised Crime Unit for the West Midlands", "Staffordshire Police",
                "Warwickshire Police", "West Mercia Police", "West Midlands Police"), westMidlands);
        Map<String, Object> rocuwm = jdbc.queryForMap("select slug, short_name, code from organisation where name = 'Regional Organised Crime Unit for the West Midlands'");
        assertEquals(Map.of("slug", "rocuwm", "short_name", "ROCUWM", "code", "ROCUWM"), new HashMap<>(rocuwm));
        Map<String, Object> warks = jdbc.queryForMap("select slug, short_name, code from organisation where name = 'Warwickshire Police'");
        assertEquals(Map.of("slug", "warwickshire-police", "short_name", "Warwickshire", "code", "WARKS"), new HashMap<>(warks));
    }

    @Test
    void typographicApostrophesSurvive() {
        String title = "The ROCUWM doesn\u2019t consistently record organisational learning";
        assertEquals(1, jdbc.queryForObject("select count(*) from finding where title = ?", Integer.class, title));
        assertEquals(1, jdbc.queryForObject(
                "select count(*) from finding where title = 'The ROCUWM doesn' || chr(8217) || 't consistently record organisational learning'",
                Integer.class));
        assertEquals(0, jdbc.queryForObject("select count(*) from finding where title like '%''%' or body like '%''%'", Integer.class));
        long curly = body.stream().mapToLong(l -> l.chars().filter(c -> c == '\u2019').count()).sum();
        assertTrue(curly > 100);
    }

    @Test
    void pursueKeyFigures() {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        jdbc.queryForList("""
                select o.code, k.value, k.unit, k.period, f.body from key_figure k
                join inspection i on i.id = k.inspection_id
                join organisation o on o.id = k.organisation_id
                left join finding f on f.id = k.finding_id
                where i.slug = ? and k.label = 'Recorded disruptions that were pursue activity'""", SLUG)
                .forEach(r -> byCode.put((String) r.get("code"), r));
        assertEquals(Set.of("ROCUWM", "STAFFS", "WMERC"), byCode.keySet());
        assertPursue(byCode.get("ROCUWM"), "52", "year ending 30 June 2023");
        assertPursue(byCode.get("STAFFS"), "85", "year ending 30 June 2023");
        assertPursue(byCode.get("WMERC"), "93", "year ending 31 March 2023");
    }

    private static void assertPursue(Map<String, Object> row, String value, String period) {
        assertEquals(0, new BigDecimal(value).compareTo((BigDecimal) row.get("value")), "value " + row);
        assertEquals("percent", row.get("unit"));
        assertEquals(period, row.get("period"));
        String body = ((String) row.get("body")).replace('\u00A0', ' ');
        assertTrue(body.contains(value + " percent") && body.contains(period), "the linked finding states it: " + body);
    }
}
