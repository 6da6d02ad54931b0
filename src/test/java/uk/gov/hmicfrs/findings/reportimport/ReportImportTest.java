package uk.gov.hmicfrs.findings.reportimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.account.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ReportImportTest {

    static final Path SEED_EXAMPLE = Path.of("docs/examples/west-midlands-soc-2024.json");
    static final Path SMALL_EXAMPLE = Path.of("docs/examples/west-mercia-soc-revisit-2025.json");

    @Autowired
    ReportImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    CurrentUser inspector() {
        return (CurrentUser) users.loadUserByUsername("inspector");
    }

    static String read(Path path) throws Exception {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Every table an import writes to, as row counts, to show that nothing was written. */
    List<Long> counts() {
        return List.of(count("inspection"), count("judgement"), count("finding"), count("recommendation"),
                count("finding_theme"), count("recommendation_theme"), count("key_figure"), count("passage"),
                count("action"), count("report_import"));
    }

    List<String> rows(String sql, String slug) {
        return jdbc.sql(sql).param("slug", slug).query(String.class).list();
    }

    /** The seed and an import of the example file, side by side, every field but ids, slug and prefix. */
    void assertSame(String sql, String copySlug) {
        List<String> seeded = rows(sql, "west-midlands-soc-2024");
        List<String> imported = rows(sql, copySlug).stream().map(r -> r.replace("WMCOPY-SOC-2024", "WM-SOC-2024")).toList();
        assertThat(seeded).isNotEmpty();
        assertThat(imported).containsExactlyElementsOf(seeded);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void importingTheWestMidlandsExampleGivesExactlyWhatTheFlywaySeedHolds() throws Exception {
        String json = read(SEED_EXAMPLE)
                .replace("\"slug\" : \"west-midlands-soc-2024\"", "\"slug\" : \"west-midlands-soc-2024-copy\"")
                .replace("WM-SOC-2024", "WMCOPY-SOC-2024");
        ImportResult result = imports.importReport(inspector(), json.getBytes(StandardCharsets.UTF_8), "copy.json");
        assertThat(result).isEqualTo(new ImportResult("west-midlands-soc-2024-copy",
                "An inspection of the West Midlands regional response to serious and organised crime", 5, 65, 9, 16, 11));
        String copy = "west-midlands-soc-2024-copy";
        assertSame("""
                select concat_ws('|', title, published_on, kind, region_id, source) from inspection where slug = :slug""", copy);
        assertSame("""
                select concat_ws('|', j.organisation_id, j.grade, j.sentence, j.position)
                from judgement j join inspection i on i.id = j.inspection_id where i.slug = :slug order by j.position""", copy);
        assertSame("""
                select concat_ws('|', f.reference, f.section, f.type, coalesce(f.organisation_id::text, '-'), f.title, f.body,
                       f.position, f.withdrawn, coalesce(rf.reference, '-'),
                       array(select ft.theme_id from finding_theme ft where ft.finding_id = f.id order by 1)::text)
                from finding f join inspection i on i.id = f.inspection_id left join finding rf on rf.id = f.repeats_finding_id
                where i.slug = :slug order by f.position""", copy);
        assertSame("""
                select concat_ws('|', r.reference, f.reference, r.organisation_id, r.lead_in, r.text, coalesce(r.due_on::text, '-'),
                       r.position, array(select rt.theme_id from recommendation_theme rt where rt.recommendation_id = r.id order by 1)::text)
                from recommendation r join finding f on f.id = r.finding_id join inspection i on i.id = f.inspection_id
                where i.slug = :slug order by f.position, r.position""", copy);
        assertSame("""
                select concat_ws('|', coalesce(k.organisation_id::text, '-'), coalesce(f.reference, '-'), k.label, k.value,
                       k.unit, coalesce(k.period, '-'), k.position)
                from key_figure k join inspection i on i.id = k.inspection_id left join finding f on f.id = k.finding_id
                where i.slug = :slug order by k.position""", copy);
        assertSame("""
                select concat_ws('|', coalesce(p.organisation_id::text, '-'), p.chapter, coalesce(p.section, '-'),
                       coalesce(p.heading, '-'), p.body, p.position)
                from passage p join inspection i on i.id = p.inspection_id where i.slug = :slug order by p.position""", copy);
        // the same actions as V4 created for the seed: areas for improvement and recommendations
        assertSame("""
                select concat_ws('|', coalesce(f.reference, r.reference), a.organisation_id, coalesce(a.original_due_on::text, '-'))
                from action a left join finding f on f.id = a.finding_id left join recommendation r on r.id = a.recommendation_id
                left join finding rf on rf.id = r.finding_id
                join inspection i on i.id = coalesce(f.inspection_id, rf.inspection_id)
                where i.slug = :slug order by 1""", copy);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void theSameFileTwiceIsRefused() throws Exception {
        byte[] file = read(SMALL_EXAMPLE).getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importReport(inspector(), file, "revisit.json");
        assertThat(result.findings()).isEqualTo(3);
        assertThat(result.recommendations()).isEqualTo(1);
        List<Long> before = counts();
        assertThat(catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importReport(inspector(), file, "revisit.json")).problems())
                .containsExactly("$: this file has already been imported, as inspection west-mercia-soc-revisit-2025-example");
        // a copy with different spacing is a different file, but the inspection is already there
        byte[] reformatted = read(SMALL_EXAMPLE).replace("  ", "    ").getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importReport(inspector(), reformatted, "revisit.json")).problems())
                .containsExactly(
                        "inspection.slug: an inspection with slug west-mercia-soc-revisit-2025-example already exists",
                        "inspection.referencePrefix: an inspection with reference prefix WMERC-SOC-2025 already exists");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void theSmallExampleGetsReferencesActionsThemesAndItsRepeatLink() throws Exception {
        imports.importReport(inspector(), read(SMALL_EXAMPLE).getBytes(StandardCharsets.UTF_8), "revisit.json");
        assertThat(jdbc.sql("""
                select concat_ws('|', f.reference, coalesce(rf.reference, '-')) from finding f
                join inspection i on i.id = f.inspection_id left join finding rf on rf.id = f.repeats_finding_id
                where i.slug = 'west-mercia-soc-revisit-2025-example' order by f.position""").query(String.class).list())
                .containsExactly("WMERC-SOC-2025-WMERC-COC-1|-", "WMERC-SOC-2025-WMERC-AFI-1|-",
                        "WMERC-SOC-2025-WMERC-OBS-1|WM-SOC-2024-WMERC-OBS-10");
        assertThat(jdbc.sql("""
                select concat_ws('|', r.reference, a.original_due_on, o.code) from recommendation r
                join action a on a.recommendation_id = r.id join organisation o on o.id = a.organisation_id
                where r.reference like 'WMERC-SOC-2025-%'""").query(String.class).single())
                .isEqualTo("WMERC-SOC-2025-WMERC-COC-1-R1|2026-04-01|WMERC");
        assertThat(jdbc.sql("""
                select count(*) from action a join finding f on f.id = a.finding_id where f.reference = 'WMERC-SOC-2025-WMERC-AFI-1'""")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select k.value from key_figure k join finding f on f.id = k.finding_id where f.reference = 'WMERC-SOC-2025-WMERC-OBS-1'""")
                .query(Long.class).single()).isEqualTo(70);
    }

    @Test
    @WithUserDetails("inspector")
    void everyProblemIsReportedWithItsPathAndNothingIsWritten() throws Exception {
        String broken = """
                {
                  "inspection": {"title": "", "slug": "west-midlands-soc-2024", "referencePrefix": "x",
                                 "published": "14/05/2024", "kind": "FOO", "region": "Atlantis", "source": "s"},
                  "judgements": [{"organisation": "Nowhere Police", "grade": "GOOD", "sentence": "s"}],
                  "findings": [
                    {"section": "TACKLING", "type": "OBSERVATION", "organisation": null, "title": "t", "body": "b"},
                    {"section": "TACKLING", "type": "CAUSE_OF_CONCERN", "organisation": "West Mercia Police", "title": "t",
                     "body": "b", "themes": ["4p-plans", "weather"], "repeats": "NO-SUCH-1", "colour": "red",
                     "recommendations": [
                       {"leadIn": "By:", "text": "t", "due": "2025-01-01", "organisation": "WMERC"},
                       {"leadIn": "By:", "text": "t", "due": "2025-02-30", "organisation": "WMERC"}
                     ]}
                  ],
                  "keyFigures": [{"label": "l", "value": "lots", "unit": "count", "finding": "X-1"}]
                }
                """;
        List<Long> before = counts();
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importReport(inspector(), broken.getBytes(StandardCharsets.UTF_8), "broken.json"));
        assertThat(rejected.problems()).containsExactlyInAnyOrder(
                "inspection.title: must not be blank",
                "inspection.slug: an inspection with slug west-midlands-soc-2024 already exists",
                "inspection.referencePrefix: must only include capital letters, numbers and hyphens",
                "inspection.published: not a date",
                "inspection.kind: not one of REGIONAL_SOC, SOC_PEEL, PEEL, INTEGRATED_PEEL, THEMATIC",
                "inspection.region: unknown region Atlantis",
                "judgements[0].organisation: unknown organisation Nowhere Police",
                "findings[1].colour: unknown field",
                "findings[1].themes[1]: unknown theme weather",
                "findings[1].repeats: no earlier finding with reference NO-SUCH-1",
                "findings[1].recommendations[1].due: not a date",
                "keyFigures[0].finding: no finding in this file has reference X-1",
                "keyFigures[0].value: not a number");
        assertThat(counts()).isEqualTo(before);
        assertThat(catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importReport(inspector(), "{\"inspection\": ".getBytes(StandardCharsets.UTF_8), "x.json"))
                .problems().get(0)).startsWith("$: not valid JSON (line 1");
    }

    @Test
    @WithUserDetails("inspector")
    void aFailureWhileWritingLeavesNothingBehind() throws Exception {
        // passes every check, but PostgreSQL refuses a NUL character in the last passage, after everything else was written
        String json = read(SMALL_EXAMPLE).replace("\"keyFigures\": [", """
                "passages": [{"chapter": "Appendix", "body": "bad\\u0000byte"}],
                  "keyFigures": [""");
        List<Long> before = counts();
        assertThat(catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importReport(inspector(), json.getBytes(StandardCharsets.UTF_8), "nul.json")).problems().get(0))
                .startsWith("$: the database refused the report").endsWith("nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("analyst")
    void onlyInspectorsImport() throws Exception {
        List<Long> before = counts();
        mvc.perform(multipart("/inspections/import").file(new MockMultipartFile("file", "r.json", "application/json",
                        Files.readAllBytes(SMALL_EXAMPLE))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspections/import")).andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
        // and the service refuses a force lead who calls it directly (MockMvc has cleared the context)
        CurrentUser lead = (CurrentUser) users.loadUserByUsername("lead.westmercia");
        TestSecurityContextHolder.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(lead, null, lead.getAuthorities()));
        assertThatThrownBy(() -> imports.importReport(lead, Files.readAllBytes(SMALL_EXAMPLE), "r.json"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Transactional
    @WithUserDetails("inspector")
    void theUploadPageImportsAndRedirectsOrListsTheProblems() throws Exception {
        mvc.perform(get("/inspections/import")).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(multipart("/inspections/import").file(new MockMultipartFile("file", "bad.json", "application/json",
                        "{\"inspection\": {\"title\": \"t\"}, \"findings\": [{\"due\": 1}]}".getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Import a report")))
                .andExpect(content().string(containsString("<a href=\"#file\">inspection.slug: required</a>")))
                .andExpect(content().string(containsString("<a href=\"#file\">findings[0].due: unknown field</a>")))
                .andExpect(content().string(containsString("Nothing was imported.")));
        mvc.perform(multipart("/inspections/import").file(new MockMultipartFile("file", "revisit.json", "application/json",
                        Files.readAllBytes(SMALL_EXAMPLE))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inspections/west-mercia-soc-revisit-2025-example/manage"))
                .andExpect(flash().attribute("success", containsString("1 judgements, 3 findings, 1 recommendations, 1 key figures imported")));
    }
}
