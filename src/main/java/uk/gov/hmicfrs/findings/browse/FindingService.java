package uk.gov.hmicfrs.findings.browse;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.browse.FindingPage.FindingLink;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.progress.RecommendationQueries;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.finding.ReportTextRenderer;

@Service
@Transactional(readOnly = true)
public class FindingService {

    private final FindingQueries findings;
    private final RecommendationQueries recommendations;
    private final Today today;

    FindingService(FindingQueries findings, RecommendationQueries recommendations, Today today) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.today = today;
    }

    /** Two statements: the finding with its neighbours, then its recommendations. */
    public FindingPage findingPage(String reference) {
        FindingQueries.FindingRow row = findings.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("Finding"));
        return new FindingPage(row.reference(), row.title(), FindingType.valueOf(row.type()),
                ReportSection.valueOf(row.section()), row.withdrawn(), ReportTextRenderer.render(row.body()),
                row.inspectionSlug(), row.inspectionTitle(), row.publishedOn(),
                row.organisationSlug(), row.organisationName(), row.regionSlug(), row.regionName(),
                recommendations.forFinding(row.id(), today.date()),
                row.previousReference() == null ? null : new FindingLink(row.previousReference(), row.previousTitle()),
                row.nextReference() == null ? null : new FindingLink(row.nextReference(), row.nextTitle()));
    }
}
