package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.progress.RecommendationQueries;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.browse.OrganisationPage.EarlierInspection;
import uk.gov.hmicfrs.findings.browse.OrganisationPage.GradeInInspection;
import uk.gov.hmicfrs.findings.browse.OrganisationPage.InspectionFindings;
import uk.gov.hmicfrs.findings.browse.OrganisationPage.KeyFigure;
import uk.gov.hmicfrs.findings.browse.OrganisationPage.SectionFindings;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;

/** The organisation and region pages, each built from a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class OrganisationPageService {

    private final OrganisationPageQueries queries;
    private final RecommendationQueries recommendations;
    private final Today today;

    OrganisationPageService(OrganisationPageQueries queries, RecommendationQueries recommendations,
                            Today today) {
        this.queries = queries;
        this.recommendations = recommendations;
        this.today = today;
    }

    /**
     * Six statements whatever the body's history: organisation, grades, the latest inspection's findings,
     * findings per inspection, current recommendations, key figures.
     */
    public OrganisationPage organisationPage(String slug) {
        OrganisationPageQueries.OrganisationRow organisation = queries.organisation(slug)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        List<GradeInInspection> grades = queries.grades(organisation.id()).stream()
                .map(g -> new GradeInInspection(g.inspectionSlug(), g.inspectionTitle(), g.publishedOn(),
                        Grade.valueOf(g.grade()), g.sentence()))
                .toList();
        List<OrganisationPageQueries.FindingRow> latestRows = queries.latestInspectionFindings(organisation.id());
        InspectionFindings latest = latestRows.isEmpty() ? null : bySection(latestRows);
        List<EarlierInspection> earlier = queries.findingsPerInspection(organisation.id()).stream()
                .filter(row -> latest == null || !row.inspectionSlug().equals(latest.inspectionSlug()))
                .map(row -> new EarlierInspection(row.inspectionSlug(), row.inspectionTitle(), row.publishedOn(),
                        row.findings()))
                .toList();
        List<KeyFigure> figures = queries.keyFigures(organisation.id()).stream()
                .map(k -> new KeyFigure(k.label(), k.value(), k.unit(), k.period(), k.inspectionTitle(), k.findingReference()))
                .toList();
        Long latestInspectionId = latestRows.isEmpty() ? null : latestRows.get(0).inspectionId();
        return new OrganisationPage(organisation.slug(), organisation.name(), OrganisationType.valueOf(organisation.type()),
                organisation.regionSlug(), organisation.regionName(), grades, latest, earlier,
                recommendations.currentForOrganisation(organisation.id(), latestInspectionId, today.date()), figures);
    }

    /**
     * Three statements: region, its members with their latest grades and open actions, and its regional
     * findings (the latest inspection's in full, earlier inspections' counted).
     */
    public RegionPage regionPage(String slug) {
        OrganisationPageQueries.RegionRow region = queries.region(slug).orElseThrow(() -> new NotFoundException("Region"));
        List<RegionPage.Member> members = queries.regionMembers(region.id(), today.date()).stream()
                .map(m -> new RegionPage.Member(m.slug(), m.name(), OrganisationType.valueOf(m.type()),
                        m.grade() == null ? null : Grade.valueOf(m.grade()), m.inspectionSlug(), m.inspectionTitle(),
                        m.openRecommendations(), m.overdueRecommendations(), m.openAreasForImprovement()))
                .toList();
        List<OrganisationPageQueries.RegionalFindingRow> rows = queries.regionalFindings(region.id());
        RegionPage.RegionalInspection latest = null;
        List<RegionPage.EarlierRegionalInspection> earlier = new ArrayList<>();
        for (OrganisationPageQueries.RegionalFindingRow row : rows) {
            if (row.inspectionSlug().equals(rows.get(0).inspectionSlug())) {
                if (latest == null) {
                    latest = new RegionPage.RegionalInspection(row.inspectionSlug(), row.inspectionTitle(),
                            row.publishedOn(), new ArrayList<>());
                }
                latest.findings().add(new FindingSummary(row.reference(), row.title(),
                        FindingType.valueOf(row.type()), ReportSection.valueOf(row.section())));
            } else {
                earlier.add(new RegionPage.EarlierRegionalInspection(row.inspectionSlug(), row.inspectionTitle(),
                        row.publishedOn(), row.findings()));
            }
        }
        return new RegionPage(region.slug(), region.name(), members, latest, List.copyOf(earlier));
    }

    /** One inspection's findings (in report order) under their report sections, in the report's order. */
    private static InspectionFindings bySection(List<OrganisationPageQueries.FindingRow> rows) {
        Map<ReportSection, List<FindingSummary>> bySection = new TreeMap<>(Comparator.naturalOrder());
        for (OrganisationPageQueries.FindingRow row : rows) {
            ReportSection section = ReportSection.valueOf(row.section());
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new FindingSummary(row.reference(),
                    row.title(), FindingType.valueOf(row.type()), section));
        }
        OrganisationPageQueries.FindingRow first = rows.get(0);
        return new InspectionFindings(first.inspectionSlug(), first.inspectionTitle(), first.publishedOn(),
                bySection.entrySet().stream().map(e -> new SectionFindings(e.getKey(), e.getValue())).toList());
    }

}
