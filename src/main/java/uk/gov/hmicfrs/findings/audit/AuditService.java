package uk.gov.hmicfrs.findings.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class AuditService {

    static final int PAGE_SIZE = 50;

    /** The action recorded when a signed-in user's write is refused. */
    public static final String WRITE_REFUSED = "WRITE_REFUSED";

    private final AuditEventRepository events;
    private final AuditQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(AuditEventRepository events, AuditQueries queries, JsonMapper json, Clock clock) {
        this.events = events;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a write. MANDATORY: the event must commit or roll back with the write it describes,
     * so calling this outside a transaction is a programming error.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, AuditEntityType entityType, Object entityId,
                       Map<String, ?> before, Map<String, ?> after) {
        record(actor == null ? null : actor.id(), actor == null ? "system" : actor.getUsername(),
                action, entityType, entityId, before, after);
    }

    /** Records a change to the report's content (an inspection, finding, theme...) described in a few words. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(Actor actor, String action, AuditEntityType entityType, String reference, String summary) {
        record(actor, action, entityType, reference, null, Map.of("summary", summary == null ? "" : summary));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, String actorUsername, String action, AuditEntityType entityType, Object entityId,
                       Map<String, ?> before, Map<String, ?> after) {
        events.save(new AuditEvent(Instant.now(clock), actorId, actorUsername, action, entityType.name(),
                String.valueOf(entityId), toJson(before), toJson(after)));
    }

    /**
     * Records a write that was refused (a force lead posting to another force's action, say). In its
     * own transaction, because the refused request's transaction, if any, is rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, String method, String path) {
        AuditEntityType type = AuditEntityType.OTHER;
        String id = path;
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("^(?:/api/v1)?/actions/(\\d+)(/.*)?$").matcher(path);
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("^/admin/users/(\\d+)(/.*)?$").matcher(path);
        if (action.matches()) {
            type = AuditEntityType.ACTION;
            id = action.group(1);
        } else if (user.matches()) {
            type = AuditEntityType.USER;
            id = user.group(1);
        }
        events.save(new AuditEvent(Instant.now(clock), actor.id(), actor.getUsername(), WRITE_REFUSED, type.name(), id,
                null, toJson(Map.of("request", method + " " + path))));
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /** One page of events, newest first, with the total for paging: two statements. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditPage search(AuditFilter filter, int requestedPage) {
        long total = queries.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<AuditEntry> entries = new ArrayList<>(queries.page(filter, PAGE_SIZE, (page - 1) * PAGE_SIZE));
        return new AuditPage(entries, page, pages, total);
    }
}
