package uk.gov.hmicfrs.findings.inspection;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class InspectionService {

    private final InspectionRepository inspections;

    InspectionService(InspectionRepository inspections) {
        this.inspections = inspections;
    }

    public List<InspectionSummary> recent(int howMany) {
        return inspections.findRecent(Limit.of(howMany));
    }
}
