package uk.gov.hmicfrs.findings.inspection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.system.web.NotFoundException;

@Service
@Transactional(readOnly = true)
public class InspectionService {

    private final InspectionRepository inspections;
    private final GradeHistoryQueries gradeHistories;

    InspectionService(InspectionRepository inspections, GradeHistoryQueries gradeHistories) {
        this.inspections = inspections;
        this.gradeHistories = gradeHistories;
    }

    public List<InspectionSummary> recent(int howMany) {
        return inspections.findRecent(Limit.of(howMany));
    }

    /** One organisation's grades over time, each with how it moved from the one before: two statements. */
    public GradeHistory gradeHistory(String organisationSlug) {
        GradeHistoryQueries.OrganisationRow organisation = gradeHistories.organisation(organisationSlug)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationSlug));
        List<GradeHistory.Entry> entries = new ArrayList<>();
        Grade previous = null;
        for (GradeHistoryQueries.JudgementRow row : gradeHistories.judgements(organisationSlug)) {
            entries.add(new GradeHistory.Entry(row.inspectionSlug(), row.inspectionTitle(), row.publishedOn(),
                    row.kind().label(), row.grade(), movement(previous, row.grade())));
            previous = row.grade();
        }
        return new GradeHistory(organisation.slug(), organisation.name(), organisation.regionName(), entries);
    }

    /** Grades are ordered best first, so a lower ordinal is an improvement. */
    private static String movement(Grade previous, Grade grade) {
        if (previous == null) {
            return "First grade";
        }
        if (grade.ordinal() < previous.ordinal()) {
            return "Improved from " + previous.label().toLowerCase();
        }
        if (grade.ordinal() > previous.ordinal()) {
            return "Declined from " + previous.label().toLowerCase();
        }
        return "No change";
    }
}
