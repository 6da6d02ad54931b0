package uk.gov.hmicfrs.findings.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Every region in order with its ROCU and forces, from one query. */
    public List<RegionWithOrganisations> regionsWithOrganisations() {
        Map<Region, List<Organisation>> byRegion = new LinkedHashMap<>();
        for (Organisation organisation : organisations.findAllWithRegionInOrder()) {
            byRegion.computeIfAbsent(organisation.getRegion(), region -> new ArrayList<>()).add(organisation);
        }
        List<RegionWithOrganisations> regions = new ArrayList<>();
        byRegion.forEach((region, members) -> {
            OrganisationSummary rocu = members.stream().filter(o -> o.getType() == OrganisationType.ROCU)
                    .findFirst().map(OrganisationSummary::of).orElse(null);
            List<OrganisationSummary> forces = members.stream().filter(o -> o.getType() != OrganisationType.ROCU)
                    .map(OrganisationSummary::of).toList();
            regions.add(new RegionWithOrganisations(region.getSlug(), region.getName(), rocu, forces));
        });
        return regions;
    }
}
