package uk.gov.hmicfrs.findings.home;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.inspection.InspectionService;
import uk.gov.hmicfrs.findings.inspection.InspectionSummary;
import uk.gov.hmicfrs.findings.organisation.OrganisationService;

@Service
@Transactional(readOnly = true)
class HomeService {

    static final int RECENT_INSPECTIONS = 20;

    private final InspectionService inspections;
    private final OrganisationService organisations;
    private final HomeQueries queries;

    HomeService(InspectionService inspections, OrganisationService organisations, HomeQueries queries) {
        this.inspections = inspections;
        this.organisations = organisations;
        this.queries = queries;
    }

    HomePage homePage() {
        List<InspectionSummary> recent = inspections.recent(RECENT_INSPECTIONS);
        InspectionSummary latest = recent.isEmpty() ? null : recent.get(0);
        List<GradedBodySummary> bodies = latest == null ? List.of() : queries.gradedBodies(latest.id());
        return new HomePage(latest, bodies, recent, organisations.regionsWithOrganisations());
    }
}
