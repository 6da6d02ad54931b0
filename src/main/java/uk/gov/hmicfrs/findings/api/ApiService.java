package uk.gov.hmicfrs.findings.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.BadFilterException;
import uk.gov.hmicfrs.findings.export.ExportService;
import uk.gov.hmicfrs.findings.finding.FindingFilter;
import uk.gov.hmicfrs.findings.system.web.ErrorSummary;
import uk.gov.hmicfrs.findings.progress.ActionService;
import uk.gov.hmicfrs.findings.progress.ActionStanding;
import uk.gov.hmicfrs.findings.progress.AssessmentOutcome;
import uk.gov.hmicfrs.findings.progress.ForceStatus;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;

/**
 * The API's reads and its one write. The write goes through the progress feature's ActionService,
 * so the API keeps exactly the rules of the pages: only the lead of the action's organisation,
 * narrative required, optional status change, and a version check (409 when stale).
 */
@Service
@Transactional(readOnly = true)
class ApiService {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;

    private final ApiQueries queries;
    private final ExportService exports;
    private final ActionService actions;
    private final Today today;

    ApiService(ApiQueries queries, ExportService exports, ActionService actions, Today today) {
        this.queries = queries;
        this.exports = exports;
        this.actions = actions;
        this.today = today;
    }

    List<ApiRecords.Region> regions() {
        return queries.regions();
    }

    List<ApiRecords.Organisation> organisations(String region) {
        String slug = FilterValues.blankToNull(region);
        if (slug != null && !queries.regionExists(slug)) {
            throw new BadFilterException("region", "Select a region from the list");
        }
        return queries.organisations(slug);
    }

    ApiRecords.Organisation organisation(String slug) {
        return queries.organisation(slug).orElseThrow(() -> new NotFoundException("Organisation " + slug));
    }

    List<ApiRecords.Inspection> inspections() {
        return queries.inspections();
    }

    ApiRecords.Inspection inspection(String slug) {
        return queries.inspection(slug).orElseThrow(() -> new NotFoundException("Inspection " + slug));
    }

    List<ApiRecords.Judgement> judgements(String inspection, String region, String organisation) {
        FindingFilter slugs = FindingFilter.parse(inspection, region, organisation, null, null, null, null, null, null);
        exports.checkSlugs(slugs);
        return queries.judgements(slugs.inspection(), slugs.region(), slugs.organisation());
    }

    ApiRecords.Page<ApiRecords.Finding> findings(FindingFilter filter, Integer page, Integer size, String path) {
        Paging paging = Paging.of(page, size);
        exports.checkSlugs(filter);
        long total = queries.countFindings(filter);
        List<ApiRecords.Finding> items = paging.beyond(total) ? List.of()
                : queries.findings(filter, paging.offset(), paging.size());
        return paging.page(items, total, n -> findingsLink(path, filter, n, paging.size()));
    }

    private static String findingsLink(String path, FindingFilter filter, int page, int size) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        addParam(builder, "inspection", filter.inspection());
        addParam(builder, "region", filter.region());
        addParam(builder, "organisation", filter.organisation());
        filter.types().forEach(type -> builder.queryParam("type", type.name()));
        addParam(builder, "section", filter.sectionName());
        addParam(builder, "theme", filter.theme());
        addParam(builder, "q", filter.q());
        addParam(builder, "from", filter.from());
        addParam(builder, "to", filter.to());
        return builder.queryParam("page", page).queryParam("size", size).encode().build().toUriString();
    }

    private static void addParam(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    ApiRecords.FindingDetail finding(String reference) {
        ApiRecords.Finding finding = queries.finding(reference)
                .orElseThrow(() -> new NotFoundException("Finding " + reference));
        return new ApiRecords.FindingDetail(finding, queries.recommendations(reference));
    }

    /**
     * A page of actions with their updates: a count, the page and its updates (three statements, one
     * more to check an organisation slug), however many actions there are.
     */
    ApiRecords.Page<ApiRecords.Action> actions(String organisation, Integer page, Integer size, String path) {
        Paging paging = Paging.of(page, size);
        String slug = FilterValues.blankToNull(organisation);
        if (slug != null) {
            exports.checkSlugs(FindingFilter.parse(null, null, slug, null, null, null, null, null, null));
        }
        long total = queries.countActions(slug);
        List<ApiRecords.Action> items = List.of();
        if (!paging.beyond(total)) {
            List<ApiQueries.ActionRow> rows = queries.actions(slug, paging.offset(), paging.size(), today.date());
            Map<Long, List<ApiRecords.ProgressUpdate>> updates = queries.updates(rows.stream().map(ApiQueries.ActionRow::id).toList());
            items = rows.stream().map(row -> action(row, updates.getOrDefault(row.id(), List.of()))).toList();
        }
        return paging.page(items, total, n -> {
            UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
            addParam(builder, "organisation", slug);
            return builder.queryParam("page", n).queryParam("size", paging.size()).encode().build().toUriString();
        });
    }

    ApiRecords.Action action(long id) {
        ApiQueries.ActionRow row = queries.action(id, today.date()).orElseThrow(() -> new NotFoundException("Action " + id));
        return action(row, queries.updates(List.of(id)).getOrDefault(id, List.of()));
    }

    private static ApiRecords.Action action(ApiQueries.ActionRow row, List<ApiRecords.ProgressUpdate> updates) {
        return new ApiRecords.Action(row.id(), row.reference(), row.kind(), row.organisation(), row.organisationName(),
                row.title(), row.originalDueOn(), row.revisedDueOn(), row.forceStatus(), row.assessment(),
                row.standing().name(), status(row.standing(), AssessmentOutcome.valueOf(row.assessment())),
                row.standing() == ActionStanding.OVERDUE, row.version(), updates);
    }

    /** The standing in words, with a closed action's reason (met or superseded) instead of "Closed". */
    private static String status(ActionStanding standing, AssessmentOutcome assessment) {
        return standing == ActionStanding.CLOSED ? assessment.label() : standing.label();
    }

    /** The write: ActionService checks who may, the version, and records the audit entry. */
    @Transactional
    ApiRecords.ProgressUpdate addProgressUpdate(CurrentUser user, long actionId, ApiRecords.NewProgressUpdate update) {
        ForceStatus status = null;
        if (update.status() != null && !update.status().isBlank()) {
            status = java.util.Arrays.stream(ForceStatus.values()).filter(s -> s.name().equals(update.status().trim()))
                    .findFirst().orElseThrow(() -> new BadFilterException(
                            "status", "Status must be NOT_STARTED, IN_PROGRESS or COMPLETED"));
        }
        long id = actions.addProgressUpdate(user, actionId, update.version(), status, update.narrative(), List.of(), List.of());
        return queries.updates(List.of(actionId)).getOrDefault(actionId, List.of()).stream()
                .filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    /** A checked page request: 1-based page, bounded size, so that no response grows with the data. */
    record Paging(int number, int size) {

        static Paging of(Integer page, Integer size) {
            int number = page == null ? 1 : page;
            int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
            BindingResult errors = ErrorSummary.errorsFor("page", "size");
            if (number < 1) {
                errors.rejectValue("page", "range", "Page must be 1 or more");
            }
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                errors.rejectValue("size", "range", "Size must be between 1 and " + MAX_PAGE_SIZE);
            }
            if (errors.hasErrors()) {
                throw new BadFilterException(errors);
            }
            return new Paging(number, pageSize);
        }

        /** Long arithmetic: a huge page number must not overflow into a negative offset. */
        long offset() {
            return (long) (number - 1) * size;
        }

        boolean beyond(long total) {
            return offset() >= total;
        }

        <T> ApiRecords.Page<T> page(List<T> items, long total, java.util.function.IntFunction<String> link) {
            int totalPages = (int) Math.min((total + size - 1) / size, Integer.MAX_VALUE);
            int last = Math.max(totalPages, 1);
            Map<String, String> links = new LinkedHashMap<>();
            links.put("self", link.apply(number));
            if (number < totalPages) {
                links.put("next", link.apply(number + 1));
            }
            if (number > 1) {
                links.put("prev", link.apply(Math.min(number - 1, last)));
            }
            links.put("first", link.apply(1));
            links.put("last", link.apply(last));
            return new ApiRecords.Page<>(items, number, size, total, totalPages, links);
        }
    }

    /** Small helpers for raw query values. */
    static final class FilterValues {
        private FilterValues() {
        }

        static String blankToNull(String raw) {
            return raw == null || raw.isBlank() ? null : raw.trim();
        }
    }
}
