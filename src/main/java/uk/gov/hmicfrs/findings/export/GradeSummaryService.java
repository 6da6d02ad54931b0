package uk.gov.hmicfrs.findings.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.progress.ActionStanding;
import uk.gov.hmicfrs.findings.system.time.Today;

/** The grade summary and its charts, read in a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class GradeSummaryService {

    /** GOV.UK palette colours matching the grade tags. */
    private static final Map<Grade, String> GRADE_FILLS = new EnumMap<>(Map.of(
            Grade.OUTSTANDING, "#28a197", Grade.GOOD, "#00703c", Grade.ADEQUATE, "#1d70b8",
            Grade.REQUIRES_IMPROVEMENT, "#f47738", Grade.INADEQUATE, "#d4351c"));

    private static final Map<FindingType, String> TYPE_FILLS = new EnumMap<>(Map.of(
            FindingType.AREA_FOR_IMPROVEMENT, "#ffdd00", FindingType.CAUSE_OF_CONCERN, "#d4351c",
            FindingType.INNOVATIVE_PRACTICE, "#00703c", FindingType.PROMISING_PRACTICE, "#28a197",
            FindingType.OBSERVATION, "#b1b4b6"));

    /** GOV.UK palette colours matching the standing tags. */
    private static final Map<ActionStanding, String> STANDING_FILLS = new EnumMap<>(Map.of(
            ActionStanding.ON_TRACK, "#00703c", ActionStanding.OVERDUE, "#d4351c",
            ActionStanding.AWAITING_ASSESSMENT, "#f47738", ActionStanding.CLOSED, "#1d70b8"));

    private final GradeQueries queries;
    private final SvgChartRenderer renderer;
    private final Today today;

    GradeSummaryService(GradeQueries queries, SvgChartRenderer renderer, Today today) {
        this.queries = queries;
        this.renderer = renderer;
        this.today = today;
    }

    /**
     * The whole page: regions (1), the years with judgements (2), inspections (3), judgements (4),
     * actions (5), findings (6) and the pursue figures (7). With bad filters only the regions and the
     * years are read and the errors shown.
     *
     * <p>The page shows one year at a time: with twenty years of inspections a matrix of every one of
     * them was megabytes of HTML. When no year is chosen it shows the latest year with judgements in the
     * chosen region and kind; the charts follow the same year. The downloads stay complete.
     *
     * @param errors where the filters' errors go (see {@link GradeFilter#newErrors()})
     */
    public GradesPage gradesPage(String region, String kind, String year, BindingResult errors) {
        GradeFilter filter = GradeFilter.parse(region, kind, year, errors, today.year());
        List<RegionOption> regions = queries.regions();
        if (filter.region() != null && regions.stream().noneMatch(r -> r.slug().equals(filter.region()))) {
            errors.rejectValue("region", "unknown", "Select a region from the list");
        }
        List<InspectionKind> kinds = Arrays.asList(InspectionKind.values());
        if (errors.hasErrors()) {
            // the filters are not trusted: offer every year with judgements so the form can be corrected
            List<Integer> years = queries.judgementYears(GradeFilter.NONE);
            return new GradesPage(filter, regions, kinds, years, null, false,
                    new GradeMatrix(List.of(), List.of(), List.of()), List.of());
        }
        List<Integer> years = new ArrayList<>(queries.judgementYears(filter));
        boolean yearDefaulted = filter.year() == null;
        // with no judgement at all in the region and kind, the charts are bounded to this year
        int shownYear = !yearDefaulted ? filter.year() : years.isEmpty() ? today.year() : years.get(0);
        if (!yearDefaulted && !years.contains(shownYear)) {
            // a chosen year without judgements still shows as chosen in the list
            years.add(shownYear);
            years.sort(Comparator.reverseOrder());
        }
        GradeFilter shown = new GradeFilter(filter.region(), filter.kind(), shownYear);
        return page(filter, regions, kinds, List.copyOf(years), shownYear, yearDefaulted, shown);
    }

    private GradesPage page(GradeFilter requested, List<RegionOption> regions, List<InspectionKind> kinds,
                            List<Integer> years, int shownYear, boolean yearDefaulted, GradeFilter filter) {
        GradeMatrix matrix = matrix(filter);
        List<ChartView> charts = new ArrayList<>();
        charts.add(view(gradeDistribution(matrix)));
        List<Chart.Series> standingSeries = Arrays.stream(ActionStanding.values())
                .map(s -> new Chart.Series(s.label(), STANDING_FILLS.get(s))).toList();
        charts.add(view(new Chart("actions-by-status", "Actions by standing per organisation",
                "Recommendations and areas for improvement of each organisation that are on track, overdue, "
                        + "awaiting assessment or closed (met). Superseded actions are not counted: "
                        + "the actions that supersede them are.",
                "Organisation", standingSeries, queries.actionsByStatus(filter, today.date()), "")));
        List<Chart.Series> typeSeries = Arrays.stream(FindingType.values())
                .map(t -> new Chart.Series(t.label(), TYPE_FILLS.get(t))).toList();
        charts.add(view(new Chart("findings-by-type", "Findings by type per organisation",
                "How many findings of each type the reports made about each organisation, and about each region as a whole.",
                "Organisation", typeSeries, queries.findingsByType(filter), "")));
        charts.add(view(new Chart("pursue-share", "Share of recorded disruptions that were pursue activity",
                "The percentage of each organisation's recorded disruptions of serious and organised crime threats "
                        + "that were pursue activity, as the report gave it, against all other activity.",
                "Organisation (period)", List.of(new Chart.Series("Pursue", "#1d70b8"),
                        new Chart.Series("Prevent, protect or prepare", "#b1b4b6")),
                queries.pursueShare(filter), "%")));
        return new GradesPage(requested, regions, kinds, years, shownYear, yearDefaulted, matrix, charts);
    }

    private ChartView view(Chart chart) {
        return new ChartView(chart, renderer.render(chart));
    }

    GradeMatrix matrix(GradeFilter filter) {
        List<GradeMatrix.Column> columns = queries.columns(filter);
        Map<Long, Integer> columnIndex = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }
        Map<String, String> regionNames = new LinkedHashMap<>();
        Map<String, Map<String, GradeMatrix.Row>> rowsByRegion = new LinkedHashMap<>();
        Map<Grade, Long> totals = new EnumMap<>(Grade.class);
        for (GradeQueries.JudgementCell cell : queries.judgements(filter)) {
            regionNames.putIfAbsent(cell.regionSlug(), cell.regionName());
            GradeMatrix.Row row = rowsByRegion.computeIfAbsent(cell.regionSlug(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(cell.organisationSlug(), slug -> new GradeMatrix.Row(slug, cell.organisationName(),
                            cell.organisationType().label(), new ArrayList<>(java.util.Collections.nCopies(columns.size(), null))));
            Integer index = columnIndex.get(cell.inspectionId());
            if (index != null) {
                row.cells().set(index, cell.grade());
                totals.merge(cell.grade(), 1L, Long::sum);
            }
        }
        List<GradeMatrix.RegionRows> regions = new ArrayList<>();
        rowsByRegion.forEach((slug, rows) -> regions.add(
                new GradeMatrix.RegionRows(slug, regionNames.get(slug), List.copyOf(rows.values()))));
        List<GradeMatrix.GradeTotal> gradeTotals = Arrays.stream(Grade.values())
                .map(g -> new GradeMatrix.GradeTotal(g, totals.getOrDefault(g, 0L))).toList();
        return new GradeMatrix(columns, regions, gradeTotals);
    }

    /** Built from the matrix already read: no further statement. */
    private Chart gradeDistribution(GradeMatrix matrix) {
        List<Chart.Row> rows = new ArrayList<>();
        for (int c = 0; c < matrix.columns().size(); c++) {
            Map<Grade, Long> counts = new EnumMap<>(Grade.class);
            for (GradeMatrix.RegionRows region : matrix.regions()) {
                for (GradeMatrix.Row row : region.rows()) {
                    Grade grade = row.cells().get(c);
                    if (grade != null) {
                        counts.merge(grade, 1L, Long::sum);
                    }
                }
            }
            rows.add(new Chart.Row(matrix.columns().get(c).title(),
                    Arrays.stream(Grade.values()).map(g -> (Number) counts.getOrDefault(g, 0L)).toList()));
        }
        return new Chart("grade-distribution", "Grade distribution per inspection",
                "How many of the organisations each inspection graded received each grade, from outstanding to inadequate.",
                "Inspection", Arrays.stream(Grade.values()).map(g -> new Chart.Series(g.label(), GRADE_FILLS.get(g))).toList(),
                rows, "");
    }
}
