package uk.gov.hmicfrs.findings.search;

import java.util.List;

import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;

/**
 * A validated search: only known values, ids already resolved from slugs.
 *
 * @param text   the query for websearch_to_tsquery, or null to list every finding in report order
 * @param status "open" or "overdue" (recommendations), or null
 */
record SearchCriteria(String text, List<FindingType> types, ReportSection section,
                      Long inspectionId, Long regionId, Long organisationId, Long themeId, String status,
                      int page) {

    boolean hasText() {
        return text != null;
    }
}
