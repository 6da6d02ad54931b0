package uk.gov.hmicfrs.findings.reporttext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Finding;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.FindingType;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Grade;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.KeyFigure;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Organisation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.OrganisationType;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Passage;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Recommendation;
import uk.gov.hmicfrs.findings.reporttext.ParsedReport.Section;

/** Plain unit test of the parser on the West Midlands SOC 2024 report (no Spring, no database). */
class ReportTextParserTest {

    static final String REPORT = "/reports/west-midlands-soc-2024.txt";

    /**
     * Every headed finding of the report, in report order: reference | type | section | title. Together with
     * the chapter headings, section headings, the six Introduction headings and the 18 markers and one
     * "Recommendations" line, these are all 114 heading-like lines of the report body; no paragraph is among them.
     */
    static final List<String> EXPECTED_FINDINGS = List.of(
            "WM-SOC-2024-REGIONAL-AFI-1 | AREA_FOR_IMPROVEMENT | REGIONAL | The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work together to tackle serious and organised crime",
            "WM-SOC-2024-REGIONAL-OBS-1 | OBSERVATION | REGIONAL | The SOC lead for the West Midlands region should make sure regional change is managed effectively",
            "WM-SOC-2024-REGIONAL-OBS-2 | OBSERVATION | REGIONAL | The ROCUWM has a new set of strategic groups to manage SOC",
            "WM-SOC-2024-REGIONAL-OBS-3 | OBSERVATION | REGIONAL | Not all forces request ROCUWM support at the regional tasking meeting",
            "WM-SOC-2024-REGIONAL-OBS-4 | OBSERVATION | REGIONAL | There is a regional communication strategy to promote work done to tackle SOC",
            "WM-SOC-2024-ROCUWM-OBS-1 | OBSERVATION | UNDERSTANDING | The ROCUWM has effective structures and processes to gather and assess intelligence",
            "WM-SOC-2024-ROCUWM-OBS-2 | OBSERVATION | UNDERSTANDING | The ROCUWM should make sure it collects intelligence for all types of SOC",
            "WM-SOC-2024-ROCUWM-IP-1 | INNOVATIVE_PRACTICE | UNDERSTANDING | The Regional Organised Crime Unit for the West Midlands has a team dedicated to exploiting technical intelligence",
            "WM-SOC-2024-ROCUWM-OBS-3 | OBSERVATION | RESOURCES | The ROCUWM makes effective use of its specialist capabilities",
            "WM-SOC-2024-ROCUWM-OBS-4 | OBSERVATION | RESOURCES | The ROCUWM focuses on tackling vulnerability",
            "WM-SOC-2024-ROCUWM-OBS-5 | OBSERVATION | RESOURCES | The ROCUWM is dealing with an increase in demand",
            "WM-SOC-2024-ROCUWM-OBS-6 | OBSERVATION | RESOURCES | The ROCUWM doesn’t consistently record organisational learning",
            "WM-SOC-2024-ROCUWM-IP-2 | INNOVATIVE_PRACTICE | TACKLING | The Regional Organised Crime Unit for the West Midlands undercover online team targets potential offenders",
            "WM-SOC-2024-ROCUWM-AFI-1 | AREA_FOR_IMPROVEMENT | TACKLING | The Regional Organised Crime Unit for the West Midlands should improve the quality of its 4P plans",
            "WM-SOC-2024-ROCUWM-AFI-2 | AREA_FOR_IMPROVEMENT | TACKLING | The Regional Organised Crime Unit for the West Midlands should improve its management of serious and organised crime\u00A0offenders",
            "WM-SOC-2024-ROCUWM-OBS-7 | OBSERVATION | TACKLING | The ROCUWM should improve how it records disruption activity",
            "WM-SOC-2024-STAFFS-IP-1 | INNOVATIVE_PRACTICE | UNDERSTANDING | Staffordshire Police is focused on understanding its serious and organised crime performance",
            "WM-SOC-2024-STAFFS-OBS-1 | OBSERVATION | UNDERSTANDING | The force has a strategy and meetings to manage its response to SOC",
            "WM-SOC-2024-STAFFS-OBS-2 | OBSERVATION | UNDERSTANDING | The force analyses intelligence to help it understand its SOC threats",
            "WM-SOC-2024-STAFFS-OBS-3 | OBSERVATION | UNDERSTANDING | The force doesn’t routinely use partnership data to inform its understanding of\u00A0SOC",
            "WM-SOC-2024-STAFFS-AFI-1 | AREA_FOR_IMPROVEMENT | RESOURCES | Staffordshire Police needs to make sure it has\u00A0enough frontline and specialist resources to tackle serious and organised crime",
            "WM-SOC-2024-STAFFS-OBS-4 | OBSERVATION | RESOURCES | The force would benefit from more resilience and flexibility within its knowledge\u00A0hub",
            "WM-SOC-2024-STAFFS-OBS-5 | OBSERVATION | RESOURCES | The force doesn’t consistently record organisational learning",
            "WM-SOC-2024-STAFFS-AFI-2 | AREA_FOR_IMPROVEMENT | TACKLING | Staffordshire Police should improve the quality of its 4P plans",
            "WM-SOC-2024-STAFFS-AFI-3 | AREA_FOR_IMPROVEMENT | TACKLING | Staffordshire Police should improve how it records serious and organised crime disruptions on the national database",
            "WM-SOC-2024-STAFFS-OBS-6 | OBSERVATION | TACKLING | The force should improve how it works with its SOC partners",
            "WM-SOC-2024-STAFFS-OBS-7 | OBSERVATION | TACKLING | The force aims to prevent people from becoming involved in SOC",
            "WM-SOC-2024-STAFFS-OBS-8 | OBSERVATION | TACKLING | The force has a process to manage SOC offenders",
            "WM-SOC-2024-WARKS-AFI-1 | AREA_FOR_IMPROVEMENT | UNDERSTANDING | Warwickshire Police should develop an up-to-date serious and organised crime local profile",
            "WM-SOC-2024-WARKS-OBS-1 | OBSERVATION | UNDERSTANDING | The force has a structure to manage its response to SOC",
            "WM-SOC-2024-WARKS-OBS-2 | OBSERVATION | UNDERSTANDING | The force should improve how it gathers intelligence in some geographical areas",
            "WM-SOC-2024-WARKS-AFI-2 | AREA_FOR_IMPROVEMENT | RESOURCES | Warwickshire Police should improve the quality of its 4P plans",
            "WM-SOC-2024-WARKS-AFI-3 | AREA_FOR_IMPROVEMENT | RESOURCES | Warwickshire Police should improve how it learns from concluded operations",
            "WM-SOC-2024-WARKS-AFI-4 | AREA_FOR_IMPROVEMENT | RESOURCES | Warwickshire Police should improve how it manages serious and organised crime offenders",
            "WM-SOC-2024-WARKS-OBS-3 | OBSERVATION | RESOURCES | Tackling the threat from SOC may be affected by the ongoing force restructure",
            "WM-SOC-2024-WARKS-OBS-4 | OBSERVATION | RESOURCES | SOC analysts aren’t always supporting SOC investigations",
            "WM-SOC-2024-WARKS-OBS-5 | OBSERVATION | TACKLING | The force has partnership arrangements to tackle SOC",
            "WM-SOC-2024-WARKS-OBS-6 | OBSERVATION | TACKLING | The force doesn’t have enough resources or expertise to use covert tactics",
            "WM-SOC-2024-WARKS-OBS-7 | OBSERVATION | TACKLING | The force works with partner agencies to protect vulnerable victims and prevent people from becoming involved in SOC",
            "WM-SOC-2024-WMERC-COC-1 | CAUSE_OF_CONCERN | SUMMARY | West Mercia Police needs to improve how it works with its serious and organised crime partners and uses information and resources to tackle serious and organised crime effectively",
            "WM-SOC-2024-WMERC-OBS-1 | OBSERVATION | UNDERSTANDING | The force has a structure to manage its response to SOC",
            "WM-SOC-2024-WMERC-OBS-2 | OBSERVATION | UNDERSTANDING | The force has limited available data relating to the level and nature of SOC",
            "WM-SOC-2024-WMERC-OBS-3 | OBSERVATION | UNDERSTANDING | SOC local profiles aren’t being used to inform multi-agency activity",
            "WM-SOC-2024-WMERC-OBS-4 | OBSERVATION | UNDERSTANDING | The force isn’t routinely using intelligence products",
            "WM-SOC-2024-WMERC-OBS-5 | OBSERVATION | UNDERSTANDING | The force doesn’t emphasise the priority attached to SOC to the workforce",
            "WM-SOC-2024-WMERC-OBS-6 | OBSERVATION | RESOURCES | The force has enough specialised resources to tackle SOC",
            "WM-SOC-2024-WMERC-OBS-7 | OBSERVATION | RESOURCES | The force lacks analytical capacity",
            "WM-SOC-2024-WMERC-OBS-8 | OBSERVATION | RESOURCES | There isn’t enough training and support for LROs in the force",
            "WM-SOC-2024-WMERC-OBS-9 | OBSERVATION | RESOURCES | The force doesn’t consistently record organisational learning",
            "WM-SOC-2024-WMERC-OBS-10 | OBSERVATION | TACKLING | LROs should co-ordinate and quality assure 4P plans",
            "WM-SOC-2024-WMERC-OBS-11 | OBSERVATION | TACKLING | The force isn’t consistently working with partners to tackle SOC",
            "WM-SOC-2024-WMERC-OBS-12 | OBSERVATION | TACKLING | The force should improve how it prevents people from becoming involved in\u00A0SOC",
            "WM-SOC-2024-WMERC-OBS-13 | OBSERVATION | TACKLING | The force should review how it assesses progress when tackling SOC",
            "WM-SOC-2024-WMERC-OBS-14 | OBSERVATION | TACKLING | The force is using ancillary orders to manage high-threat SOC offenders",
            "WM-SOC-2024-WMP-AFI-1 | AREA_FOR_IMPROVEMENT | UNDERSTANDING | West Midlands Police should improve its serious and organised crime local profile",
            "WM-SOC-2024-WMP-IP-1 | INNOVATIVE_PRACTICE | UNDERSTANDING | West Midlands Police exploits intelligence from social media sites to tackle serious and organised crime",
            "WM-SOC-2024-WMP-OBS-1 | OBSERVATION | UNDERSTANDING | The force prioritises its SOC threats",
            "WM-SOC-2024-WMP-OBS-2 | OBSERVATION | UNDERSTANDING | Intelligence is used to inform operational decision-making",
            "WM-SOC-2024-WMP-OBS-3 | OBSERVATION | RESOURCES | The force supports LROs but some face excessive demand",
            "WM-SOC-2024-WMP-OBS-4 | OBSERVATION | RESOURCES | The force is tackling county lines effectively",
            "WM-SOC-2024-WMP-OBS-5 | OBSERVATION | RESOURCES | SOC demand isn’t being dealt with consistently across the force",
            "WM-SOC-2024-WMP-AFI-2 | AREA_FOR_IMPROVEMENT | RESOURCES | West Midlands Police should increase its financial investigation capacity",
            "WM-SOC-2024-WMP-AFI-3 | AREA_FOR_IMPROVEMENT | TACKLING | West Midlands Police should improve the quality and consistency of its 4P plans",
            "WM-SOC-2024-WMP-OBS-6 | OBSERVATION | TACKLING | The force should improve how it uses SCPOs to prevent SOC offending",
            "WM-SOC-2024-WMP-OBS-7 | OBSERVATION | TACKLING | The force works with partners to prevent people from becoming involved in SOC and to protect vulnerable victims"
    );

    static String text;
    static ParsedReport report;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = ReportTextParserTest.class.getResourceAsStream(REPORT)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        report = new ReportTextParser(ReportFacts.WEST_MIDLANDS_SOC_2024).parse(text);
    }

    /** The tool still writes, byte for byte, the seed migration that ships (migrations never change). */
    @Test
    void regeneratesTheShippedSeedMigrationExactly() throws IOException {
        String shipped = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/db/migration/V2__seed_west_midlands_soc_2024.sql"),
                StandardCharsets.UTF_8);
        assertEquals(shipped, new SeedMigrationWriter("west-midlands-soc-2024.txt")
                .write(ReportTextParser.parseKnownReport(text)));
    }

    @Test
    void inspection() {
        var inspection = report.inspection();
        assertEquals("west-midlands-soc-2024", inspection.slug());
        assertEquals("WM-SOC-2024", inspection.referencePrefix());
        assertEquals("An inspection of the West Midlands regional response to serious and organised crime", inspection.title());
        assertEquals(LocalDate.of(2024, 5, 14), inspection.publishedOn());
        assertEquals("REGIONAL_SOC", inspection.kind());
        assertEquals("west-midlands", inspection.regionSlug());
        assertTrue(inspection.source().startsWith("https://www.justiceinspectorates.gov.uk/hmicfrs/publications/"));
    }

    @Test
    void everyFindingHeadingIsClassifiedWithItsTypeAndSection() {
        List<String> actual = report.findings().stream()
                .map(f -> f.reference() + " | " + f.type() + " | " + f.section() + " | " + f.title())
                .toList();
        assertEquals(EXPECTED_FINDINGS, actual);
        Map<FindingType, Long> perType = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::type, Collectors.counting()));
        assertEquals(Map.of(FindingType.AREA_FOR_IMPROVEMENT, 13L, FindingType.CAUSE_OF_CONCERN, 1L,
                FindingType.INNOVATIVE_PRACTICE, 4L, FindingType.OBSERVATION, 47L), perType);
    }

    @Test
    void everyHeadingLikeLineIsAHeadingAndNoParagraphIs() {
        List<String> lines = ReportTextParser.lines(text);
        int print = lines.indexOf("Print this document");
        int end = lines.lastIndexOf("Back to publication");
        List<String> body = lines.subList(print + 1, end);

        Set<String> headings = new java.util.HashSet<>();
        report.chapters().forEach(c -> headings.add(c.heading()));
        report.chapters().stream().filter(c -> c.kind() == ParsedReport.ChapterKind.ORGANISATION)
                .forEach(c -> headings.addAll(c.contentsEntries()));
        report.passages().stream().map(Passage::heading).filter(h -> h != null).forEach(headings::add);
        report.findings().forEach(f -> headings.add(f.title()));
        headings.addAll(ReportTextParser.MARKERS.keySet());
        headings.add("Recommendations");

        List<String> headingLines = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            boolean blankAround = (i == 0 || body.get(i - 1).isBlank()) && (i + 1 >= body.size() || body.get(i + 1).isBlank());
            if (!line.isBlank() && blankAround && ReportTextParser.isHeading(List.of(line), true)) {
                headingLines.add(line);
            }
        }
        assertEquals(114, headingLines.size());
        List<String> unclassified = headingLines.stream().filter(l -> !headings.contains(l)).toList();
        assertEquals(List.of(), unclassified, "heading-like lines the parser did not place as a heading");

        // nothing a finding or passage body holds is a heading, and the tricky short lines stay paragraphs
        assertFalse(ReportTextParser.isHeading(List.of("The Regional Organised Crime Unit for the West Midlands (ROCUWM), with its constituent forces, should:"), true));
        assertFalse(ReportTextParser.isHeading(List.of("Additional partnership data, particularly on public health and education, would help the force improve these plans."), true));
        assertFalse(ReportTextParser.isHeading(List.of("“The ROCU network mission is to protect communities by disrupting organised crime groups, individual criminals and those who enable them.”"), true));
        assertFalse(ReportTextParser.isHeading(List.of("  • supporting large-scale operations such as the Commonwealth Games and music festivals."), true));
        assertFalse(ReportTextParser.isHeading(List.of("A heading with nothing after it"), false));
    }

    @Test
    void regionalAreaForImprovementKeepsItsLeadInAndParagraphs() {
        Finding afi = finding("WM-SOC-2024-REGIONAL-AFI-1");
        assertNull(afi.organisationCode());
        assertEquals(Section.REGIONAL, afi.section());
        String[] paragraphs = afi.body().split("\n\n");
        assertEquals(6, paragraphs.length);
        assertEquals("The Regional Organised Crime Unit for the West Midlands (ROCUWM), with its constituent forces, should:", paragraphs[0]);
        assertTrue(paragraphs[5].startsWith("The ROCUWM has a SOC community co-ordinator."));
    }

    @Test
    void listItemsKeepTheirMarkersAndSitOnConsecutiveLines() {
        Finding strategy = finding("WM-SOC-2024-STAFFS-OBS-1");
        assertTrue(strategy.body().contains("against four objectives:\n\n  1. building safe and secure communities;\n  2. developing an exceptional workforce;\n"
                + "  3. developing active and productive partnerships; and\n  4. building an outstanding organisation.\n\nThe force uses"));
        Finding knowledgeHub = finding("WM-SOC-2024-STAFFS-OBS-2");
        assertTrue(knowledgeHub.body().endsWith("Additional partnership data, particularly on public health and education, would help the force improve these plans."));
    }

    @Test
    void westMerciaCauseOfConcernAndItsRecommendations() {
        Finding coc = finding("WM-SOC-2024-WMERC-COC-1");
        assertEquals("WMERC", coc.organisationCode());
        assertEquals(Section.SUMMARY, coc.section());
        assertEquals(FindingType.CAUSE_OF_CONCERN, coc.type());
        assertTrue(coc.body().startsWith("In our 2017 serious and organised crime PEEL inspection"));
        assertFalse(coc.body().contains("Recommendations"));
        assertFalse(coc.body().contains("•"));

        List<Recommendation> recommendations = coc.recommendations();
        assertEquals(9, recommendations.size());
        assertEquals(report.recommendations(), recommendations);
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            assertEquals("WM-SOC-2024-WMERC-COC-1-R" + (i + 1), r.reference());
            assertEquals(i + 1, r.position());
            assertEquals("WMERC", r.organisationCode());
            assertEquals("By 1 January 2025, West Mercia Police should:", r.leadIn());
            assertEquals(LocalDate.of(2025, 1, 1), r.dueOn());
            assertFalse(r.text().startsWith(" "));
        }
        assertEquals("improve how it works with partners to tackle SOC, including improving access to partnership data and information to understand SOC threats;",
                recommendations.get(0).text());
        assertEquals("improve how it records disruption activity; and", recommendations.get(7).text());
        assertTrue(recommendations.get(8).text().endsWith("recorded accurately."));
    }

    @Test
    void judgements() {
        Map<String, Grade> grades = report.judgements().stream()
                .collect(Collectors.toMap(ParsedReport.Judgement::organisationCode, ParsedReport.Judgement::grade));
        assertEquals(Map.of("ROCUWM", Grade.ADEQUATE, "STAFFS", Grade.REQUIRES_IMPROVEMENT,
                "WARKS", Grade.REQUIRES_IMPROVEMENT, "WMERC", Grade.INADEQUATE, "WMP", Grade.ADEQUATE), grades);
        assertEquals("The ROCUWM is adequate at tackling serious and organised crime.", report.judgements().get(0).sentence());
    }

    @Test
    void passagesHoldTheTextThatIsNotAFinding() {
        List<String> passages = report.passages().stream()
                .map(p -> p.chapter() + " | " + p.section() + " | " + p.heading() + " | " + p.organisationCode())
                .toList();
        assertEquals(List.of(
                "Introduction | null | About our inspection | null",
                "Introduction | null | About us | null",
                "Introduction | null | About our report | null",
                "Introduction | null | Terminology used in this report | null",
                "Introduction | null | About ROCUs | null",
                "Introduction | null | Changes to how SOC threats are managed nationally | null",
                "Regional findings | REGIONAL | null | null",
                "Warwickshire Police | RESOURCES | null | WARKS",
                "West Midlands Police | RESOURCES | null | WMP",
                "Appendix 1: Map of regional organised crime units | null | null | null",
                "Appendix 2: Data methodology and caveats | null | null | null"), passages);
        Passage warwickshire = report.passages().get(7);
        assertTrue(warwickshire.body().startsWith("We last inspected Warwickshire Police’s response to SOC"));
        assertTrue(warwickshire.body().endsWith("  3. the management of SOC offenders.\n\nDuring this inspection, we found that problems remain in all three areas."));
    }

    @Test
    void positionsAreOneIncreasingSequenceInReportOrder() {
        List<Integer> positions = new ArrayList<>();
        report.passages().forEach(p -> positions.add(p.position()));
        report.judgements().forEach(j -> positions.add(j.position()));
        report.findings().forEach(f -> positions.add(f.position()));
        positions.sort(null);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= positions.size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, positions);
        assertEquals(81, positions.size());
    }

    @Test
    void regionsAndOrganisationsFromAppendix1() {
        assertEquals(List.of("north-east", "yorkshire-and-the-humber", "north-west", "southern-wales", "west-midlands",
                        "east-midlands", "eastern", "south-west", "london", "south-east"),
                report.regions().stream().map(ParsedReport.Region::slug).toList());
        Map<OrganisationType, Long> perType = report.organisations().stream()
                .collect(Collectors.groupingBy(Organisation::type, Collectors.counting()));
        assertEquals(Map.of(OrganisationType.ROCU, 9L, OrganisationType.TERRITORIAL_FORCE, 43L, OrganisationType.OTHER_FORCE, 1L), perType);
        Map<String, Organisation> byCode = report.organisations().stream()
                .collect(Collectors.toMap(Organisation::code, Function.identity()));
        Organisation rocuwm = byCode.get("ROCUWM");
        assertEquals("Regional Organised Crime Unit for the West Midlands", rocuwm.name());
        assertEquals("rocuwm", rocuwm.slug());
        assertEquals("west-midlands", rocuwm.regionSlug());
        assertEquals("warwickshire-police", byCode.get("WARKS").slug());
        assertEquals("Warwickshire", byCode.get("WARKS").shortName());
        assertEquals("Avon and Somerset Police", byCode.get("AVSOM").name());
        assertEquals("Avon & Somerset", byCode.get("AVSOM").shortName());
        assertEquals("hampshire-and-isle-of-wight-constabulary", byCode.get("HIOW").slug());
        assertEquals(OrganisationType.OTHER_FORCE, byCode.get("BTP").type());
        assertEquals("london", byCode.get("BTP").regionSlug());
        assertEquals(Set.of("ROCUWM", "STAFFS", "WARKS", "WMERC", "WMP"), report.organisations().stream()
                .filter(o -> o.regionSlug().equals("west-midlands")).map(Organisation::code).collect(Collectors.toSet()));
        assertEquals(53, report.organisations().stream().map(Organisation::slug).distinct().count());
    }

    @Test
    void pursueKeyFiguresComeFromTheText() {
        Map<String, KeyFigure> pursue = report.keyFigures().stream()
                .filter(k -> k.label().equals("Recorded disruptions that were pursue activity"))
                .collect(Collectors.toMap(KeyFigure::organisationCode, Function.identity()));
        assertEquals(3, pursue.size());
        assertKeyFigure(pursue.get("ROCUWM"), "52", "year ending 30 June 2023", "WM-SOC-2024-ROCUWM-OBS-7");
        assertKeyFigure(pursue.get("STAFFS"), "85", "year ending 30 June 2023", "WM-SOC-2024-STAFFS-AFI-3");
        assertKeyFigure(pursue.get("WMERC"), "93", "year ending 31 March 2023", "WM-SOC-2024-WMERC-OBS-10");
        for (KeyFigure k : report.keyFigures()) {
            assertEquals(k.organisationCode(), finding(k.findingReference()).organisationCode(), k.label());
        }
        assertEquals(16, report.keyFigures().size());
    }

    @Test
    void typographicCharactersSurvive() {
        assertTrue(report.findings().stream().anyMatch(f -> f.title().equals("The ROCUWM doesn\u2019t consistently record organisational learning")));
        assertTrue(report.passages().get(1).body().startsWith("His Majesty\u2019s Inspectorate"));
    }

    @Test
    void generatedSqlIsDeterministicAndQuoted() {
        String sql = new SeedMigrationWriter("west-midlands-soc-2024.txt").write(report);
        ParsedReport again = new ReportTextParser(ReportFacts.WEST_MIDLANDS_SOC_2024).parse(text);
        assertEquals(sql, new SeedMigrationWriter("west-midlands-soc-2024.txt").write(again));
        assertEquals("'it''s'", SeedMigrationWriter.literal("it's"));
        assertEquals("null", SeedMigrationWriter.literal(null));
        assertTrue(sql.contains("(select id from organisation where code = 'WMERC')"));
        assertFalse(sql.matches("(?s).*organisation_id\\) values \\(\\d.*"));
    }

    @Test
    void numbers() {
        assertEquals(new BigDecimal("2000"), ReportTextParser.number("2,000"));
        assertEquals(new BigDecimal("4"), ReportTextParser.number("Four"));
    }

    private static void assertKeyFigure(KeyFigure k, String value, String period, String findingReference) {
        assertEquals(new BigDecimal(value), k.value());
        assertEquals("percent", k.unit());
        assertEquals(period, k.period());
        assertEquals(findingReference, k.findingReference());
    }

    private static Finding finding(String reference) {
        return report.findings().stream().filter(f -> f.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + reference));
    }
}
