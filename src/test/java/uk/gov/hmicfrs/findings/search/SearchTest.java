package uk.gov.hmicfrs.findings.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("inspector")
class SearchTest {

    private static final Pattern RESULT_LINK = Pattern.compile("<h3 class=\"govuk-heading-s govuk-!-margin-bottom-1\">\\s*<a class=\"govuk-link\" href=\"/findings/([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    /** Every finding whose title or text mentions a 4P plan, found independently of full-text search. */
    private Set<String> fourPPlanFindingsBySubstring() {
        return new HashSet<>(jdbc.queryForList("""
                select reference from finding
                where not withdrawn and (title ilike '%4P plan%' or body ilike '%4P plan%'
                                         or title ~* '4P[[:space:]\u00A0]+plan' or body ~* '4P[[:space:]\u00A0]+plan')
                """, String.class));
    }

    private List<String> allResults(SearchForm first) {
        List<String> references = new ArrayList<>();
        SearchPage page = search.search(first);
        int lastPage = page.lastPage();
        for (int n = 1; n <= lastPage; n++) {
            page = search.search(new SearchForm(first.q(), first.type(), first.section(), first.inspection(),
                    first.region(), first.organisation(), first.theme(), first.status(), String.valueOf(n)));
            page.results().forEach(r -> references.add(r.reference()));
        }
        assertThat(references).hasSize((int) page.total());
        return references;
    }

    private static SearchForm query(String q) {
        return new SearchForm(q, List.of(), null, null, null, null, null, null, null);
    }

    @Test
    void searchingFor4PPlansFindsEveryFindingAbout4PPlansWhateverTheInflection() {
        Set<String> expected = fourPPlanFindingsBySubstring();
        assertThat(expected).hasSizeGreaterThan(5);
        List<String> found = allResults(query("4P plans"));
        assertThat(found).containsAll(expected);
        // the singular finds the same set
        assertThat(allResults(query("4P plan"))).containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void resultsAreRankedWithHighlightedSnippetsInThreeStatements() throws Exception {
        sql.reset();
        MvcResult result = mvc.perform(get("/search").param("q", "4P plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Search results for ‘4P plans’ – Findings Tracker – HMICFRS</title>")))
                .andExpect(content().string(containsString("<mark class=\"app-search-highlight\">4P</mark>")))
                .andExpect(content().string(containsString("<mark class=\"app-search-highlight\">plans</mark>")))
                .andReturn();
        // filter options, counts per filter value, one page of results
        assertThat(sql.count()).isEqualTo(3);
        List<String> shown = resultReferences(result);
        assertThat(shown).hasSize(SearchService.PAGE_SIZE);
        // a finding with 4P plans in its title outranks the ones that only mention them in passing
        String firstTitle = jdbc.queryForObject("select title from finding where reference = ?", String.class, shown.get(0));
        assertThat(firstTitle).containsIgnoringCase("4P plan");
    }

    @Test
    void withoutAQueryEveryFindingIsListedInReportOrderInThreeStatements() throws Exception {
        // 65 findings of the 2024 report and 5 of the earlier inspections it names (V42)
        long total = jdbc.queryForObject("select count(*) from finding", Long.class);
        assertThat(total).isEqualTo(70);
        sql.reset();
        MvcResult result = mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(total + " findings")))
                .andExpect(content().string(containsString("Showing 1 to 10 of " + total)))
                .andReturn();
        assertThat(sql.count()).isEqualTo(3);
        // newest inspection first, then report order
        List<String> expected = jdbc.queryForList("""
                select f.reference from finding f join inspection i on i.id = f.inspection_id
                order by i.published_on desc, i.id desc, f.position limit 10""", String.class);
        assertThat(resultReferences(result)).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersCombineWithTheTextAndEachOtherAndTheirCountsAreRight() throws Exception {
        SearchForm form = new SearchForm("4P plans", List.of("OBSERVATION"), null, "west-midlands-soc-2024", null,
                "west-mercia-police", null, null, null);
        List<String> found = allResults(form);
        Set<String> expected = new HashSet<>(jdbc.queryForList("""
                select f.reference from finding f join organisation o on o.id = f.organisation_id
                where f.type = 'OBSERVATION' and o.slug = 'west-mercia-police'
                  and f.search_vector @@ websearch_to_tsquery('english', '4P plans')
                """, String.class));
        assertThat(expected).isNotEmpty();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);

        // the organisation filter's counts apply the text and the type but not the organisation itself
        SearchPage page = search.search(form);
        long staffordshire = jdbc.queryForObject("""
                select count(*) from finding f join organisation o on o.id = f.organisation_id
                where f.type = 'OBSERVATION' and o.slug = 'staffordshire-police'
                  and f.search_vector @@ websearch_to_tsquery('english', '4P plans')
                """, Long.class);
        assertThat(page.organisations()).filteredOn(o -> o.value().equals("staffordshire-police"))
                .singleElement().satisfies(o -> assertThat(o.count()).isEqualTo(staffordshire));
        assertThat(page.types()).filteredOn(t -> t.value().equals("OBSERVATION"))
                .singleElement().satisfies(t -> {
                    assertThat(t.selected()).isTrue();
                    assertThat(t.count()).isEqualTo(expected.size());
                });
    }

    @Test
    void recommendationStatusSectionRegionAndThemeFilters() {
        // only the cause of concern carries recommendations, and all nine are overdue
        assertThat(allResults(new SearchForm(null, List.of(), null, null, null, null, null, "overdue", null)))
                .containsExactly("WM-SOC-2024-WMERC-COC-1");
        assertThat(allResults(new SearchForm(null, List.of(), null, null, null, null, null, "open", null)))
                .containsExactly("WM-SOC-2024-WMERC-COC-1");
        long summary = jdbc.queryForObject("select count(*) from finding where section = 'SUMMARY'", Long.class);
        assertThat(search.search(new SearchForm(null, List.of(), "SUMMARY", null, null, null, null, null, null)).total())
                .isEqualTo(summary);
        // every finding recorded so far is from a West Midlands inspection (2024 and the earlier ones it names)
        assertThat(search.search(new SearchForm(null, List.of(), null, null, "west-midlands", null, null, null, null)).total())
                .isEqualTo(jdbc.queryForObject("select count(*) from finding", Long.class));
        assertThat(search.search(new SearchForm(null, List.of(), null, null, "eastern", null, null, null, null)).total())
                .isZero();
        // the theme filter gives the findings tagged with the theme (V40, V42)
        SearchPage themed = search.search(new SearchForm(null, List.of(), null, null, null, null, "4p-plans", null, null));
        assertThat(themed.errors().hasErrors()).isFalse();
        assertThat(themed.total()).isEqualTo(10);
    }

    @Test
    @Transactional
    void theThemeFilterFindsTaggedFindings() {
        jdbc.update("""
                insert into finding_theme (finding_id, theme_id)
                select f.id, t.id from finding f, theme t where f.reference = 'WM-SOC-2024-WMERC-COC-1' and t.slug = '4p-plans'
                """);
        SearchPage themed = search.search(new SearchForm("concern", List.of(), null, null, null, null, "4p-plans", null, null));
        // the inserted tag, and the one finding V40 tags with 4P plans that mentions "concerns"
        assertThat(themed.results()).extracting(SearchPage.Result::reference)
                .containsExactlyInAnyOrder("WM-SOC-2024-WMERC-COC-1", "WM-SOC-2024-WMERC-OBS-8");
        assertThat(themed.themes()).filteredOn(SearchPage.FilterOption::selected).singleElement()
                .satisfies(t -> assertThat(t.count()).isEqualTo(2));
    }

    /**
     * 1,005 findings that all mention one word, in a new 2030 inspection of West Mercia: 1,000 observations
     * (the word once in the title, every fifth also in the text) and 5 innovative practice.
     */
    private void insertFindingsMentioningZanzibarite() {
        jdbc.update("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select 'capped-2030', 'CAP-2030', 'Capped search inspection 2030', date '2030-01-01', 'PEEL', id, 'test'
                from region where slug = 'west-midlands'
                """);
        jdbc.update("""
                insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
                select i.id, o.id, 'SUMMARY', case when n > 1000 then 'INNOVATIVE_PRACTICE' else 'OBSERVATION' end,
                       'Zanzibarite finding ' || n,
                       case when n % 5 = 0 then 'The zanzibarite plan was reviewed again.' else 'The plan was reviewed.' end,
                       n, 'CAP-2030-' || n
                from inspection i, organisation o, generate_series(1, 1005) n
                where i.slug = 'capped-2030' and o.slug = 'west-mercia-police'
                """);
    }

    @Test
    @Transactional
    void aWordInMoreThanATousandFindingsIsBoundedAndSaysSo() throws Exception {
        insertFindingsMentioningZanzibarite();
        sql.reset();
        String page = mvc.perform(get("/search").param("q", "zanzibarite"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sql.count()).isEqualTo(3);
        assertThat(page).contains("More than 1,000 findings</span><span> match ‘zanzibarite’",
                "Showing 1 to 10 of the 1,000 most recent",
                "Only the most recent matches are shown, most relevant first.",
                "When your search terms match 1,000 findings or fewer, the filters show counts");
        // no counts on the filters, and the inspections list is not cut to those with matches
        assertThat(page).doesNotContain(">Observation (").contains(">Observation<");
        // ranked among the candidates: the findings with the word in the text too come first
        List<String> references = new ArrayList<>();
        Matcher link = RESULT_LINK.matcher(page);
        while (link.find()) {
            references.add(link.group(1));
        }
        assertThat(references).hasSize(10).allSatisfy(reference ->
                assertThat(Integer.parseInt(reference.substring("CAP-2030-".length())) % 5).isZero());

        // 100 pages of 10, and no page 101
        mvc.perform(get("/search").param("q", "zanzibarite").param("page", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 991 to 1000 of the 1,000 most recent")));
        mvc.perform(get("/search").param("q", "zanzibarite").param("page", "101"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no page <span>101</span>")));
    }

    @Test
    @Transactional
    void filtersNarrowABoundedSearchToAnExactCount() {
        insertFindingsMentioningZanzibarite();
        SearchPage narrowed = search.search(new SearchForm("zanzibarite", List.of("INNOVATIVE_PRACTICE"), null, null,
                null, null, null, null, null));
        assertThat(narrowed.moreThanLimit()).isFalse();
        assertThat(narrowed.total()).isEqualTo(5);
        assertThat(narrowed.results()).extracting(SearchPage.Result::reference)
                .containsExactlyInAnyOrder("CAP-2030-1001", "CAP-2030-1002", "CAP-2030-1003", "CAP-2030-1004", "CAP-2030-1005");
        // the text alone still matches more than the limit, so the filters show no counts
        assertThat(narrowed.countsShown()).isFalse();
        assertThat(narrowed.types()).allSatisfy(option -> assertThat(option.count()).isNull());

        // without counts the inspection filter offers the 50 most recent inspections, and the chosen one
        jdbc.update("""
                insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                select 'old-' || n, 'OLD-' || n, 'Old inspection ' || n, date '1990-01-01' + n, 'PEEL', null, 'test'
                from generate_series(1, 60) n
                """);
        assertThat(narrowed.inspections()).isNotEmpty();
        SearchPage oldChosen = search.search(new SearchForm("zanzibarite", List.of(), null, "old-1", null, null, null,
                null, null));
        assertThat(oldChosen.inspections()).hasSize(SearchService.RECENT_INSPECTIONS + 1)
                .last().satisfies(o -> assertThat(o.value()).isEqualTo("old-1"));
        assertThat(oldChosen.inspections().get(0).value()).isEqualTo("capped-2030");

        // without text, every finding is a match: the newest 1,000 are listed, newest first
        SearchPage everything = search.search(new SearchForm(null, List.of(), null, null, null, null, null, null, null));
        assertThat(everything.moreThanLimit()).isTrue();
        assertThat(everything.results()).extracting(SearchPage.Result::reference)
                .startsWith("CAP-2030-1", "CAP-2030-2", "CAP-2030-3");
    }

    @Test
    void aSearchWithFewerMatchesThanTheLimitShowsExactCountsAndOnlyInspectionsWithMatches() {
        SearchPage page = search.search(new SearchForm("plans", List.of(), null, null, null, null, null, null, null));
        assertThat(page.countsShown()).isTrue();
        assertThat(page.moreThanLimit()).isFalse();
        assertThat(page.types()).allSatisfy(option -> assertThat(option.count()).isNotNull());
        assertThat(page.inspections()).isNotEmpty().allSatisfy(option -> assertThat(option.count()).isPositive());
        assertThat(page.inspections().stream().mapToLong(SearchPage.FilterOption::count).sum()).isEqualTo(page.total());
    }

    @Test
    void pagingThroughKeepsTheWholeSearchInTheUrl() throws Exception {
        mvc.perform(get("/search").param("q", "plans & \"force\"").param("type", "OBSERVATION").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/search?q=plans+%26+%22force%22&amp;type=OBSERVATION\"")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    void badPageNumbersGiveAMessageNotAnError() throws Exception {
        for (String page : new String[] {"-1", "0", "abc", "1.5", "%00"}) {
            mvc.perform(get("/search").param("page", page))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("<title>Error: Search findings")))
                    .andExpect(content().string(containsString("Page number must be a whole number, like 2")));
        }
        for (String page : new String[] {"999", "2147483647", "99999999999999999999"}) {
            sql.reset();
            mvc.perform(get("/search").param("page", page))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is no page")))
                    .andExpect(content().string(containsString("7 pages")));
            assertThat(sql.count()).isEqualTo(3);
        }
    }

    @Test
    void unknownFilterValuesAreExplainedAndIgnored() throws Exception {
        mvc.perform(get("/search").param("q", "plans").param("type", "NONSENSE").param("section", "APPENDIX")
                        .param("inspection", "nope").param("region", "atlantis").param("organisation", "nobody")
                        .param("theme", "none").param("status", "closed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Search results for ‘plans’")))
                .andExpect(content().string(containsString("href=\"#type\">Select a finding type from the list")))
                .andExpect(content().string(containsString("href=\"#section\">Select a report section from the list")))
                .andExpect(content().string(containsString("href=\"#inspection\">Select an inspection from the list")))
                .andExpect(content().string(containsString("href=\"#region\">Select a region from the list")))
                .andExpect(content().string(containsString("href=\"#organisation\">Select an organisation from the list")))
                .andExpect(content().string(containsString("href=\"#theme\">Select a theme from the list")))
                .andExpect(content().string(containsString("href=\"#status\">Select a recommendation status from the list")));
    }

    @Test
    void aVeryLongQueryIsShortenedWithAMessage() throws Exception {
        sql.reset();
        mvc.perform(get("/search").param("q", "plans ".repeat(2000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Search terms must be 200 characters or fewer")));
        assertThat(sql.count()).isEqualTo(3);
    }

    @Test
    void awkwardQueriesNeverFail() throws Exception {
        for (String q : new String[] {"\"4P plans", "4P plans\"", "\"\"", "&", "plans & force", ":*", "plan:*", "\\",
                "\\\\'", "'; drop table finding; --", "' or 1=1 --", "1) or (1=1", "!!", "-", "OR", "-plans",
                "plans OR concern", "the", "a & | ! ( )", "\u0000plans", "<>", "%", "_", "日本語", "\u00A0"}) {
            mvc.perform(get("/search").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("findings")));
        }
        assertThat(jdbc.queryForObject("select count(*) from finding", Long.class)).isEqualTo(70);
    }

    @Test
    void websearchSyntaxWorks() {
        long plans = search.search(query("plans")).total();
        long concern = search.search(query("concern")).total();
        long either = search.search(query("plans OR concern")).total();
        long plansNotConcern = search.search(query("plans -concern")).total();
        assertThat(either).isGreaterThanOrEqualTo(Math.max(plans, concern));
        assertThat(plansNotConcern).isLessThan(plans);
        long phrase = search.search(query("\"quality assurance\"")).total();
        assertThat(phrase).isPositive().isLessThanOrEqualTo(search.search(query("quality assurance")).total());
    }

    @Test
    void whatTheVisitorTypedIsEscaped() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    @Transactional
    void aTextQueryCanUseTheGinIndex() {
        // The table is small enough that the planner prefers a sequential scan; with sequential scans
        // discouraged the plan must reach for the GIN index, which proves the index fits the query.
        jdbc.execute("set local enable_seqscan = off");
        List<String> plan = jdbc.queryForList("""
                explain select f.id from finding f
                where f.search_vector @@ websearch_to_tsquery('english', '4P plans')
                """, String.class);
        assertThat(String.join("\n", plan)).contains("finding_search_vector_idx");
    }

    private static List<String> resultReferences(MvcResult result) throws Exception {
        Matcher matcher = RESULT_LINK.matcher(result.getResponse().getContentAsString());
        List<String> references = new ArrayList<>();
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    @Test
    @WithUserDetails("analyst")
    void theFindingsDownloadIsOfferedWithTheSameFiltersAndHoldsTheSameFindings() throws Exception {
        String page = mvc.perform(get("/search").param("q", "4P plans").param("type", "AREA_FOR_IMPROVEMENT")
                        .param("region", "west-midlands"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String query = "?q=4P+plans&amp;type=AREA_FOR_IMPROVEMENT&amp;region=west-midlands";
        assertThat(page).contains("/exports/findings.csv" + query).contains("/exports/findings.xlsx" + query);
        Matcher total = Pattern.compile("(\\d+) findings</span>").matcher(page);
        assertThat(total.find()).isTrue();

        String csv = mvc.perform(get("/exports/findings.csv").param("q", "4P plans").param("type", "AREA_FOR_IMPROVEMENT")
                        .param("region", "west-midlands"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(records).hasSize(Integer.parseInt(total.group(1)));
        assertThat(records).allSatisfy(row -> assertThat(row.get("type")).isEqualTo("Area for improvement"));
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void forceLeadsAreNotOfferedAFindingsDownloadTheyMayNotTake() throws Exception {
        mvc.perform(get("/search").param("q", "4P plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/exports/findings.csv"))));
    }
}
