package uk.gov.hmicfrs.findings.export;

import org.springframework.stereotype.Component;

import uk.gov.hmicfrs.findings.account.Access;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.FindingFilter;

/** ExportService's rule of who may export what, for method security as {@code @exportAccess...}. */
@Component("exportAccess")
public class ExportAccess {

    private final ExportService exports;
    private final ExportQueries queries;

    ExportAccess(ExportService exports, ExportQueries queries) {
        this.exports = exports;
        this.queries = queries;
    }

    public boolean mayExportAll() {
        return Access.currentUser().map(exports::mayExportAll).orElse(false);
    }

    /**
     * Whether the signed-in user may export the actions of the organisation asked for: anyone who
     * exports everything, or a force lead asking for their own organisation or for none (they then get
     * their own). True for a slug that names no organisation, so that the export answers it with a 400.
     */
    public boolean mayExportActionsOf(String organisationSlug) {
        if (mayExportAll()) {
            return true;
        }
        return Access.currentUser().filter(CurrentUser::isForceLead).map(user -> {
            String slug = FindingFilter.blankToNull(organisationSlug);
            Long organisationId = slug == null ? null : queries.organisationId(slug);
            return organisationId == null || user.leadsOrganisation(organisationId);
        }).orElse(false);
    }
}
