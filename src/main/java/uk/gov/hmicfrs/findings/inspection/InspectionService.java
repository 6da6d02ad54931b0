package uk.gov.hmicfrs.findings.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;

@Service
@Transactional(readOnly = true)
public class InspectionService {

    private final InspectionRepository inspections;
    private final JudgementRepository judgements;
    private final InspectionPageQueries pageQueries;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, JudgementRepository judgements,
                      InspectionPageQueries pageQueries, ObjectProvider<Clock> clock) {
        this.inspections = inspections;
        this.judgements = judgements;
        this.pageQueries = pageQueries;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Three statements: the inspection, its regional findings, its graded bodies with their counts. */
    public InspectionPage inspectionPage(String slug) {
        InspectionPageQueries.InspectionRow row = pageQueries.inspection(slug)
                .orElseThrow(() -> new NotFoundException("Inspection"));
        List<FindingSummary> regional = pageQueries.regionalFindings(row.id()).stream()
                .map(f -> new FindingSummary(f.reference(), f.title(), FindingType.valueOf(f.type()),
                        ReportSection.valueOf(f.section())))
                .toList();
        List<InspectionPage.GradedBody> bodies = pageQueries.gradedBodies(row.id(), LocalDate.now(clock)).stream()
                .map(b -> new InspectionPage.GradedBody(b.slug(), b.name(), OrganisationType.valueOf(b.type()),
                        Grade.valueOf(b.grade()), b.areasForImprovement(), b.causesOfConcern(), b.innovativePractice(),
                        b.promisingPractice(), b.observations(), b.recommendations(), b.recommendationsDue(),
                        b.recommendationsOverdue()))
                .toList();
        return new InspectionPage(row.slug(), row.title(), row.publishedOn(), InspectionKind.valueOf(row.kind()),
                row.referencePrefix(), row.source(), row.regionSlug(), row.regionName(), regional, bodies);
    }

    public List<InspectionSummary> recent(int howMany) {
        return inspections.findRecent(Limit.of(howMany));
    }

    public List<GradedBodySummary> gradedBodies(long inspectionId) {
        return judgements.findGradedBodies(inspectionId);
    }
}
