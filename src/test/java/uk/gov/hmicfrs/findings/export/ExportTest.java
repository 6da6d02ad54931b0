package uk.gov.hmicfrs.findings.export;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.system.time.Today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every export parsed back with a real CSV parser and with POI, and compared with the database. */
@IntegrationTest
@AutoConfigureMockMvc
class ExportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    record DbFinding(String reference, String organisation, String type, String title, String body, long recommendations,
                     LocalDate published) {
    }

    Map<String, DbFinding> findingsInDatabase() {
        Map<String, DbFinding> byReference = new HashMap<>();
        jdbc.query("""
                select f.reference, o.name, f.type, f.title, f.body,
                       (select count(*) from recommendation r where r.finding_id = f.id) as recs, i.published_on
                from finding f left join organisation o on o.id = f.organisation_id
                join inspection i on i.id = f.inspection_id where not f.withdrawn
                """, rs -> {
            byReference.put(rs.getString(1), new DbFinding(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class)));
        });
        return byReference;
    }

    static String typeWords(String type) {
        return switch (type) {
            case "AREA_FOR_IMPROVEMENT" -> "Area for improvement";
            case "CAUSE_OF_CONCERN" -> "Cause of concern";
            case "INNOVATIVE_PRACTICE" -> "Innovative practice";
            case "PROMISING_PRACTICE" -> "Promising practice";
            case "OBSERVATION" -> "Observation";
            default -> throw new IllegalArgumentException(type);
        };
    }

    static List<CSVRecord> parseCsv(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    static List<String> csvHeader(byte[] bytes) throws Exception {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            return parser.iterator().next().toList();
        }
    }

    @Test
    @WithUserDetails("analyst")
    void findingsCsvHoldsEverySeededFindingOnceWithItsVerbatimText() throws Exception {
        MvcResult result = mvc.perform(get("/exports/findings.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"findings-" + today.date() + ".csv\""))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(csvHeader(bytes)).containsExactly("reference", "inspection", "published", "region", "organisation",
                "section", "type", "title", "text", "recommendations");
        // RFC 4180 line breaks
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("recommendations\r\n");

        Map<String, DbFinding> expected = findingsInDatabase();
        // the 65 findings of the 2024 report, and those of the earlier inspections it repeats
        assertThat(expected).hasSizeGreaterThanOrEqualTo(65);
        List<CSVRecord> records = parseCsv(bytes);
        assertThat(records).hasSize(expected.size());
        assertThat(records.stream().map(r -> r.get("reference")).distinct()).hasSize(expected.size());
        boolean sawCurlyQuote = false;
        boolean sawNoBreakSpace = false;
        for (CSVRecord record : records) {
            DbFinding finding = expected.get(record.get("reference"));
            assertThat(finding).as(record.get("reference")).isNotNull();
            assertThat(record.get("text")).isEqualTo(TableWriter.neutralise(finding.body()));
            assertThat(record.get("title")).isEqualTo(TableWriter.neutralise(finding.title()));
            assertThat(record.get("type")).isEqualTo(typeWords(finding.type()));
            assertThat(record.get("organisation")).isEqualTo(finding.organisation() == null ? "" : finding.organisation());
            assertThat(record.get("recommendations")).isEqualTo(Long.toString(finding.recommendations()));
            assertThat(record.get("published")).isEqualTo(finding.published().toString());
            assertThat(record.get("region")).isEqualTo("West Midlands");
            sawCurlyQuote |= record.get("text").contains("’");
            sawNoBreakSpace |= record.get("text").contains("\u00A0");
        }
        assertThat(sawCurlyQuote).isTrue();
        assertThat(sawNoBreakSpace).isTrue();
        assertThat(records.stream().filter(r -> r.get("reference").equals("WM-SOC-2024-WMERC-COC-1")).findFirst()
                .orElseThrow().get("recommendations")).isEqualTo("9");
    }

    @Test
    @WithUserDetails("inspector")
    void findingsXlsxHoldsEverySeededFindingWithRealDatesAndAFrozenFilteredHeader() throws Exception {
        byte[] bytes = mvc.perform(get("/exports/findings.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, DbFinding> expected = findingsInDatabase();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Findings");
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).containsExactly("reference", "inspection", "published", "region", "organisation",
                    "section", "type", "title", "text", "recommendations");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J1");
            assertThat(sheet.getColumnWidth(8)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            List<String> seen = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String reference = row.getCell(0).getStringCellValue();
                seen.add(reference);
                DbFinding finding = expected.get(reference);
                assertThat(finding).as(reference).isNotNull();
                Cell published = row.getCell(2);
                assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
                assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(finding.published());
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(TableWriter.neutralise(finding.body()));
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(typeWords(finding.type()));
                Cell organisation = row.getCell(4);
                assertThat(organisation == null ? null : organisation.getStringCellValue()).isEqualTo(finding.organisation());
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(finding.recommendations());
            }
            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
    }

    @Test
    @WithUserDetails("analyst")
    void gradesExportsHaveOneRowPerGradedJudgement() throws Exception {
        List<CSVRecord> records = parseCsv(mvc.perform(get("/exports/grades.csv").param("region", "west-midlands")
                        .param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("grades-")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(records).hasSize(5);
        assertThat(records.get(0).toMap()).containsEntry("organisation", "Regional Organised Crime Unit for the West Midlands")
                .containsEntry("grade", "Adequate").containsEntry("organisation_type", "Regional organised crime unit")
                .containsEntry("published", "2024-05-14").containsEntry("region", "West Midlands")
                .containsEntry("inspection", "An inspection of the West Midlands regional response to serious and organised crime");
        assertThat(records).extracting(r -> r.get("organisation") + ": " + r.get("grade")).contains(
                "West Mercia Police: Inadequate", "Staffordshire Police: Requires improvement");

        // all of them, oldest first: Warwickshire's 2018 grade, then the five of 2024
        assertThat(parseCsv(mvc.perform(get("/exports/grades.csv")).andReturn().getResponse().getContentAsByteArray()))
                .hasSize(jdbc.queryForObject("select count(*) from judgement", Integer.class));
        byte[] xlsx = mvc.perform(get("/exports/grades.xlsx").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            // report order: the ROCU, Staffordshire, Warwickshire, West Mercia, West Midlands
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("West Mercia Police");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Inadequate");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
        }
        // another region's grades: none yet
        assertThat(parseCsv(mvc.perform(get("/exports/grades.csv").param("region", "london"))
                .andReturn().getResponse().getContentAsByteArray())).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void actionsExportHasEveryRecommendationAndAreaForImprovementWithItsStatus() throws Exception {
        List<CSVRecord> records = parseCsv(mvc.perform(get("/exports/actions.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        Integer actions = jdbc.queryForObject("select count(*) from action", Integer.class);
        assertThat(records).hasSize(actions).hasSizeGreaterThanOrEqualTo(22);
        CSVRecord first = records.stream().filter(r -> r.get("reference").equals("WM-SOC-2024-WMERC-COC-1-R1")).findFirst().orElseThrow();
        assertThat(first.toMap()).containsEntry("kind", "Recommendation").containsEntry("organisation", "West Mercia Police")
                .containsEntry("original_due", "2025-01-01").containsEntry("revised_due", "")
                .containsEntry("force_status", "Not started").containsEntry("assessment", "Not assessed")
                // due 1 January 2025 and not started
                .containsEntry("overdue", "yes").containsEntry("standing", "Overdue").containsEntry("latest_update", "");
        assertThat(records.stream().filter(r -> r.get("kind").equals("Area for improvement")))
                .hasSize(jdbc.queryForObject("select count(*) from action where finding_id is not null", Integer.class));
    }

    @Test
    @Transactional
    @WithUserDetails("admin")
    void actionsExportShowsTheLatestUpdateAndItsAuthor() throws Exception {
        jdbc.update("""
                insert into progress_update (action_id, author_id, created_at, status_before, status_after, narrative)
                select a.id, u.id, timestamptz '2026-03-02 10:15:00+00', 'NOT_STARTED', 'IN_PROGRESS', 'Started'
                from action a join recommendation r on r.id = a.recommendation_id, app_user u
                where r.reference = 'WM-SOC-2024-WMERC-COC-1-R2' and u.username = 'lead.westmercia'
                """);
        jdbc.update("""
                insert into progress_update (action_id, author_id, created_at, status_before, status_after, narrative)
                select a.id, u.id, timestamptz '2026-01-02 10:15:00+00', 'NOT_STARTED', 'NOT_STARTED', 'Older'
                from action a join recommendation r on r.id = a.recommendation_id, app_user u
                where r.reference = 'WM-SOC-2024-WMERC-COC-1-R2' and u.username = 'inspector'
                """);
        String author = jdbc.queryForObject("select display_name from app_user where username = 'lead.westmercia'", String.class);
        CSVRecord row = parseCsv(mvc.perform(get("/exports/actions.csv").param("organisation", "west-mercia-police"))
                .andReturn().getResponse().getContentAsByteArray()).stream()
                .filter(r -> r.get("reference").equals("WM-SOC-2024-WMERC-COC-1-R2")).findFirst().orElseThrow();
        // shown in UK time: 10:15 UTC on 2 March is 10:15 GMT
        assertThat(row.get("latest_update")).isEqualTo("2026-03-02 10:15");
        assertThat(row.get("latest_update_by")).isEqualTo(author);

        byte[] xlsx = mvc.perform(get("/exports/actions.xlsx").param("organisation", "west-mercia-police"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.queryForObject("select count(*) from action a join organisation o "
                    + "on o.id = a.organisation_id where o.slug = 'west-mercia-police'", Integer.class));
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("WM-SOC-2024-WMERC-COC-1-R2")) {
                    assertThat(DateUtil.isCellDateFormatted(r.getCell(11))).isTrue();
                    assertThat(r.getCell(11).getLocalDateTimeCellValue()).isEqualTo("2026-03-02T10:15");
                }
            }
        }
    }

    @Test
    @Transactional
    @WithUserDetails("analyst")
    void cellsThatWouldRunAsFormulasAreNeutralisedInBothFormats() throws Exception {
        String[] dangerous = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3", "@SUM(A1)", "\tTabbed", "\rReturn"};
        for (int i = 0; i < dangerous.length; i++) {
            jdbc.update("""
                    insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
                    select id, null, 'REGIONAL', 'OBSERVATION', ?, ?, 9000 + ?, ? from inspection where slug = 'west-midlands-soc-2024'
                    """, dangerous[i], dangerous[i], i, "TEST-FORMULA-" + i);
        }
        List<CSVRecord> records = parseCsv(mvc.perform(get("/exports/findings.csv").param("section", "REGIONAL"))
                .andReturn().getResponse().getContentAsByteArray());
        Map<String, CSVRecord> byReference = new HashMap<>();
        records.forEach(r -> byReference.put(r.get("reference"), r));
        byte[] xlsx = mvc.perform(get("/exports/findings.xlsx").param("section", "REGIONAL"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> rows.put(row.getCell(0).getStringCellValue(), row));
            for (int i = 0; i < dangerous.length; i++) {
                String reference = "TEST-FORMULA-" + i;
                assertThat(byReference.get(reference).get("title")).isEqualTo("'" + dangerous[i]);
                assertThat(byReference.get(reference).get("text")).isEqualTo("'" + dangerous[i]);
                Cell title = rows.get(reference).getCell(7);
                assertThat(title.getCellType()).isEqualTo(CellType.STRING);
                assertThat(title.getStringCellValue()).isEqualTo("'" + dangerous[i]);
            }
        }
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void forceLeadsExportOnlyTheirOwnOrganisationsActions() throws Exception {
        List<CSVRecord> records = parseCsv(mvc.perform(get("/exports/actions.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        Integer own = jdbc.queryForObject("select count(*) from action a join organisation o on o.id = a.organisation_id "
                + "where o.slug = 'west-mercia-police'", Integer.class);
        assertThat(records).hasSize(own).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(r -> assertThat(r.get("organisation")).isEqualTo("West Mercia Police"));
        assertThat(parseCsv(mvc.perform(get("/exports/actions.csv").param("organisation", "west-mercia-police"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).hasSize(own);
        mvc.perform(get("/exports/actions.csv").param("organisation", "staffordshire-police")).andExpect(status().isForbidden());
        mvc.perform(get("/exports/actions.xlsx").param("organisation", "staffordshire-police")).andExpect(status().isForbidden());
        mvc.perform(get("/exports/findings.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/exports/findings.xlsx")).andExpect(status().isForbidden());
        mvc.perform(get("/exports/grades.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/exports/grades.xlsx")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/exports/findings.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("analyst")
    void badFilterValuesAreA400PageNotAServerError() throws Exception {
        mvc.perform(get("/exports/findings.csv").param("region", "atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a region from the list")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(get("/exports/findings.xlsx").param("type", "RUMOUR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a finding type from the list")));
        mvc.perform(get("/exports/findings.csv").param("from", "2024-06-01").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Published to must be the same as or after published from")));
        mvc.perform(get("/exports/findings.csv").param("from", "2024-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Published from must be a real date")));
        mvc.perform(get("/exports/grades.csv").param("kind", "GUESSWORK")).andExpect(status().isBadRequest());
        mvc.perform(get("/exports/grades.xlsx").param("year", "soon")).andExpect(status().isBadRequest());
        mvc.perform(get("/exports/grades.csv").param("from", "2025-01-01").param("to", "2024-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/exports/actions.csv").param("organisation", "no-such-force")).andExpect(status().isBadRequest());
        mvc.perform(get("/exports/findings.csv").param("theme", "no-such-theme")).andExpect(status().isBadRequest());
        mvc.perform(get("/exports/findings.csv").param("inspection", "no-such-inspection")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails("analyst")
    void filtersNarrowTheFindings() throws Exception {
        List<CSVRecord> afis = parseCsv(mvc.perform(get("/exports/findings.csv").param("type", "AREA_FOR_IMPROVEMENT")
                        .param("inspection", "west-midlands-soc-2024"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(afis).hasSize(13).allSatisfy(r -> assertThat(r.get("type")).isEqualTo("Area for improvement"));
        // type repeats, as on /search
        assertThat(parseCsv(mvc.perform(get("/exports/findings.csv").param("type", "AREA_FOR_IMPROVEMENT", "CAUSE_OF_CONCERN")
                        .param("inspection", "west-midlands-soc-2024"))
                .andReturn().getResponse().getContentAsByteArray())).hasSize(14);
        List<CSVRecord> westMercia = parseCsv(mvc.perform(get("/exports/findings.csv")
                        .param("organisation", "west-mercia-police").param("inspection", "west-midlands-soc-2024"))
                .andReturn().getResponse().getContentAsByteArray());
        Integer count = jdbc.queryForObject("select count(*) from finding f join organisation o on o.id = f.organisation_id "
                + "join inspection i on i.id = f.inspection_id where o.slug = 'west-mercia-police' and i.slug = 'west-midlands-soc-2024'",
                Integer.class);
        assertThat(westMercia).hasSize(count).allSatisfy(r -> assertThat(r.get("organisation")).isEqualTo("West Mercia Police"));
        List<CSVRecord> searched = parseCsv(mvc.perform(get("/exports/findings.csv").param("q", "prison"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(searched).isNotEmpty().allSatisfy(r -> assertThat((r.get("title") + r.get("text")).toLowerCase()).contains("prison"));
        assertThat(parseCsv(mvc.perform(get("/exports/findings.csv").param("from", "2018-01-01").param("to", "2018-12-31"))
                .andReturn().getResponse().getContentAsByteArray())).extracting(r -> r.get("inspection"))
                .isNotEmpty().containsOnly("Warwickshire Police: 2018 integrated PEEL inspection");
        assertThat(parseCsv(mvc.perform(get("/exports/findings.csv").param("from", "2025-01-01"))
                .andReturn().getResponse().getContentAsByteArray())).isEmpty();
    }

    @Test
    @WithUserDetails("analyst")
    void anAcceptHeaderTheExportCannotServeIs406() throws Exception {
        mvc.perform(get("/exports/findings.csv").accept("application/json")).andExpect(status().isNotAcceptable());
        mvc.perform(get("/exports/grades.xlsx").accept("text/csv")).andExpect(status().isNotAcceptable());
        mvc.perform(get("/exports/findings.csv").accept("text/csv")).andExpect(status().isOk());
    }
}
