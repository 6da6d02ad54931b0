package uk.gov.hmicfrs.findings.finding;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.finding.FindingPage.FindingLink;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;

@Service
@Transactional(readOnly = true)
public class FindingService {

    private final FindingQueries findings;
    private final RecommendationQueries recommendations;
    private final Clock clock;

    FindingService(FindingQueries findings, RecommendationQueries recommendations, ObjectProvider<Clock> clock) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Two statements: the finding with its neighbours, then its recommendations. */
    public FindingPage findingPage(String reference) {
        FindingQueries.FindingRow row = findings.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("Finding"));
        return new FindingPage(row.reference(), row.title(), FindingType.valueOf(row.type()),
                ReportSection.valueOf(row.section()), row.withdrawn(), ReportTextRenderer.render(row.body()),
                row.inspectionSlug(), row.inspectionTitle(), row.publishedOn(),
                row.organisationSlug(), row.organisationName(), row.regionSlug(), row.regionName(),
                recommendations.forFinding(row.id(), LocalDate.now(clock)),
                row.previousReference() == null ? null : new FindingLink(row.previousReference(), row.previousTitle()),
                row.nextReference() == null ? null : new FindingLink(row.nextReference(), row.nextTitle()));
    }
}
