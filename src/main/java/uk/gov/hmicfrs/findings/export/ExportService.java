package uk.gov.hmicfrs.findings.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.account.Role;
import uk.gov.hmicfrs.findings.finding.FindingFilter;
import uk.gov.hmicfrs.findings.finding.BadFilterException;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;

/**
 * Who may export what, and the streaming of each export. Every export is refused (by its annotation,
 * through ExportAccess) and its filters checked before it opens the output, so a refusal or a bad
 * filter is still a clean 403 or 400.
 * The read-only transaction is what lets the JDBC driver use a cursor.
 */
@Service
public class ExportService {

    private final ExportQueries queries;
    private final Today today;

    ExportService(ExportQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    /** Opens the output once the export is allowed: sets the response headers and wraps its stream. */
    @FunctionalInterface
    public interface Opener {
        TableWriter open() throws IOException;
    }

    /** Analysts, inspectors and admins export everything; force leads only their own actions. */
    public boolean mayExportAll(CurrentUser user) {
        return user != null && (user.is(Role.ANALYST) || user.is(Role.INSPECTOR) || user.is(Role.ADMIN));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@exportAccess.mayExportAll()")
    public void grades(String region, String kind, String year, String from, String to, Opener opener)
            throws IOException {
        BindingResult errors = ErrorSummary.errorsFor("region", "kind", "year", "from", "to");
        GradeFilter filter = GradeFilter.parse(region, kind, year, errors, today.year());
        LocalDate fromDate = FindingFilter.parseDate(from, "from", "Published from", errors);
        LocalDate toDate = FindingFilter.parseDate(to, "to", "Published to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "order", "Published to must be the same as or after published from");
        }
        if (!errors.hasErrors()) {
            queries.checkSlugs(null, filter.region(), null, null, errors);
        }
        if (errors.hasErrors()) {
            throw new BadFilterException(errors);
        }
        TableWriter writer = opener.open();
        writer.start(ExportQueries.GRADE_COLUMNS);
        queries.grades(filter, fromDate, toDate, row -> write(writer, row));
        writer.finish();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@exportAccess.mayExportAll()")
    public void findings(FindingFilter filter, Opener opener) throws IOException {
        checkSlugs(filter);
        TableWriter writer = opener.open();
        writer.start(ExportQueries.FINDING_COLUMNS);
        queries.findings(filter, row -> write(writer, row));
        writer.finish();
    }

    /** A force lead gets their own organisation's actions whatever they ask for, and a 403 for another's. */
    @Transactional(readOnly = true)
    @PreAuthorize("@exportAccess.mayExportActionsOf(#organisation)")
    public void actions(CurrentUser user, String region, String organisation, Opener opener) throws IOException {
        String regionSlug = FindingFilter.blankToNull(region);
        String organisationSlug = FindingFilter.blankToNull(organisation);
        BindingResult errors = ErrorSummary.errorsFor("region", "organisation");
        queries.checkSlugs(null, regionSlug, organisationSlug, null, errors);
        if (errors.hasErrors()) {
            throw new BadFilterException(errors);
        }
        Long organisationId = organisationSlug == null ? null : queries.organisationId(organisationSlug);
        if (!mayExportAll(user)) {
            // a force lead, the annotation let through: their own organisation's actions
            organisationId = user.organisationId();
        }
        TableWriter writer = opener.open();
        writer.start(ExportQueries.ACTION_COLUMNS);
        queries.actions(regionSlug, organisationId, today.date(), row -> write(writer, row));
        writer.finish();
    }

    /** @throws BadFilterException when a slug in the filter names nothing (one statement) */
    @Transactional(readOnly = true)
    public void checkSlugs(FindingFilter filter) {
        BindingResult errors = ErrorSummary.errorsFor("inspection", "region", "organisation", "theme");
        queries.checkSlugs(filter.inspection(), filter.region(), filter.organisation(), filter.theme(), errors);
        if (errors.hasErrors()) {
            throw new BadFilterException(errors);
        }
    }

    private static void write(TableWriter writer, Object[] row) {
        try {
            writer.row(row);
        } catch (IOException e) {
            // the client went away or the disk is full: stop reading rows
            throw new UncheckedIOException(e);
        }
    }
}
