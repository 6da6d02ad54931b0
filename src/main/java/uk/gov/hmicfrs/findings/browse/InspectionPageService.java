package uk.gov.hmicfrs.findings.browse;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.finding.FindingSummary;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.organisation.OrganisationType;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;

@Service
@Transactional(readOnly = true)
class InspectionPageService {

    private final InspectionPageQueries pageQueries;
    private final Today today;

    InspectionPageService(InspectionPageQueries pageQueries, Today today) {
        this.pageQueries = pageQueries;
        this.today = today;
    }

    /** Three statements: the inspection, its regional findings, its graded bodies with their counts. */
    InspectionPage inspectionPage(String slug) {
        InspectionPageQueries.InspectionRow row = pageQueries.inspection(slug)
                .orElseThrow(() -> new NotFoundException("Inspection"));
        List<FindingSummary> regional = pageQueries.regionalFindings(row.id()).stream()
                .map(f -> new FindingSummary(f.reference(), f.title(), FindingType.valueOf(f.type()),
                        ReportSection.valueOf(f.section())))
                .toList();
        List<InspectionPage.GradedBody> bodies = pageQueries.gradedBodies(row.id(), today.date()).stream()
                .map(b -> new InspectionPage.GradedBody(b.slug(), b.name(), OrganisationType.valueOf(b.type()),
                        Grade.valueOf(b.grade()), b.areasForImprovement(), b.causesOfConcern(), b.innovativePractice(),
                        b.promisingPractice(), b.observations(), b.recommendations(), b.recommendationsDue(),
                        b.recommendationsOverdue()))
                .toList();
        return new InspectionPage(row.slug(), row.title(), row.publishedOn(), InspectionKind.valueOf(row.kind()),
                row.referencePrefix(), row.source(), row.regionSlug(), row.regionName(), regional, bodies);
    }
}
