package uk.gov.hmicfrs.findings.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.account.AppUser;
import uk.gov.hmicfrs.findings.account.AppUserRepository;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.account.Role;
import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.system.time.Today;
import uk.gov.hmicfrs.findings.system.web.FieldRuleException;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Reads and writes actions. Every rule about who may do what is written here and enforced on each
 * method by its annotation (through ActionAccess), whatever the pages show: a force lead reports only
 * on their own organisation's actions; an inspector assesses and revises due dates; analysts and
 * admins read.
 */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final TrackedActionRepository actions;
    private final ActionListQueries actionLists;
    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final AppUserRepository users;
    private final AuditService audit;
    private final Today today;

    ActionService(TrackedActionRepository actions, ActionListQueries actionLists, ProgressUpdateRepository updates,
                  AssessmentRepository assessments, EvidenceRepository evidence, AppUserRepository users,
                  AuditService audit, Today today) {
        this.actions = actions;
        this.actionLists = actionLists;
        this.updates = updates;
        this.assessments = assessments;
        this.evidence = evidence;
        this.users = users;
        this.audit = audit;
        this.today = today;
    }

    // ---- who may do what

    static boolean canUpdate(CurrentUser user, long organisationId) {
        return user.leadsOrganisation(organisationId);
    }

    static boolean canAssess(CurrentUser user) {
        return user.is(Role.INSPECTOR);
    }

    /** Evidence files may be internal documents: the owning force and the inspectorate's staff only. */
    static boolean canSeeEvidence(CurrentUser user, long organisationId) {
        return !user.isForceLead() || user.leadsOrganisation(organisationId);
    }

    LocalDate today() {
        return today.date();
    }

    // ---- reading

    /** The action page: four statements (action, updates, evidence, assessments) whatever the history. */
    public ActionPage actionPage(CurrentUser user, long id) {
        ActionRow action = row(id);
        List<TimelineRows.UpdateRow> updateRows = updates.findTimeline(id);
        Map<Long, List<TimelineRows.EvidenceRow>> evidenceByUpdate = evidence.findForAction(id).stream()
                .collect(Collectors.groupingBy(TimelineRows.EvidenceRow::progressUpdateId, LinkedHashMap::new, Collectors.toList()));
        List<TimelineRows.AssessmentRow> assessmentRows = assessments.findTimeline(id);
        boolean seeEvidence = canSeeEvidence(user, action.organisationId());

        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineRows.UpdateRow update : updateRows) {
            List<EvidenceItem> items = evidenceByUpdate.getOrDefault(update.id(), List.of()).stream()
                    .map(e -> e.kind() == EvidenceKind.LINK
                            ? new EvidenceItem(e.id(), false, e.url(), e.url(), null)
                            : new EvidenceItem(e.id(), true, e.fileName(), seeEvidence ? "/evidence/" + e.id() : null,
                                    sizeText(e.sizeBytes())))
                    .toList();
            String change = update.statusBefore() == update.statusAfter() ? null
                    : "Status changed from " + update.statusBefore().label().toLowerCase() + " to "
                    + update.statusAfter().label().toLowerCase();
            timeline.add(new TimelineEntry("update-" + update.id(), update.createdAt(), Dates.dateTime(update.createdAt()),
                    "Progress update", update.authorName(), update.statusAfter().label(), update.statusAfter().tagClass(),
                    change, update.narrative(), items));
        }
        for (TimelineRows.AssessmentRow assessment : assessmentRows) {
            timeline.add(new TimelineEntry("assessment-" + assessment.id(), assessment.createdAt(),
                    Dates.dateTime(assessment.createdAt()), "Assessment", assessment.assessorName(),
                    assessment.assessment().label(), assessment.assessment().tagClass(), null,
                    assessment.note().isBlank() ? null : assessment.note(), List.of()));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));

        return new ActionPage(action, Dates.date(action.originalDueOn()), Dates.date(action.currentDueOn()),
                Dates.dateTime(action.revisedDueAt()), action.standing(today()), timeline,
                canUpdate(user, action.organisationId()), canAssess(user), seeEvidence);
    }

    /** The action for the progress update form, refused unless the user leads its organisation. */
    @PostAuthorize("@actionAccess.mayReportFor(returnObject.organisationId())")
    public ActionRow actionToUpdate(long id) {
        return row(id);
    }

    /** The action for the assessment and due date forms: inspectors only. */
    @PreAuthorize("@actionAccess.mayAssess()")
    public ActionRow actionToAssess(long id) {
        return row(id);
    }

    /** A force lead's open actions: overdue first, then by current due date (none last). One statement. */
    @PreAuthorize("hasRole('FORCE_LEAD')")
    public List<ActionListItem> myActions(CurrentUser user) {
        return actionLists.openForOrganisation(user.organisationId(), today()).stream()
                .sorted(Comparator.comparing((ActionListRow a) -> a.standing() != ActionStanding.OVERDUE)
                        .thenComparing(ActionListRow::currentDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionListRow::reference))
                .map(ActionListItem::of)
                .toList();
    }

    /** Completed by forces and not assessed since: for the inspectorate (not force leads). One statement. */
    @PreAuthorize("!hasRole('FORCE_LEAD')")
    public List<ActionListItem> awaitingAssessment() {
        return actionLists.awaitingAssessment(today()).stream().map(ActionListItem::of).toList();
    }

    @PostAuthorize("@actionAccess.maySeeEvidenceOf(returnObject.organisationId())")
    public EvidenceDownload evidenceFile(long evidenceId) {
        TimelineRows.EvidenceFileRow file = evidence.findFile(evidenceId)
                .filter(row -> row.kind() == EvidenceKind.FILE)
                .orElseThrow(() -> new NotFoundException("Evidence file " + evidenceId));
        return new EvidenceDownload(file.organisationId(), file.fileName(), file.contentType(), file.content());
    }

    // ---- writing

    /**
     * Adds a progress update with its evidence, moving the force's status when asked.
     *
     * @param expectedVersion the action's version when the form was opened
     * @param newStatus       null to keep the current status
     * @return the new update's id
     */
    @Transactional
    @PreAuthorize("@actionAccess.mayReportOn(#actionId)")
    public long addProgressUpdate(CurrentUser user, long actionId, int expectedVersion, ForceStatus newStatus,
                                  String narrative, List<String> links, List<CheckedFile> files) {
        TrackedAction action = lockedAction(actionId);
        checkVersion(action, expectedVersion);
        Map<String, Object> before = state(action);
        ForceStatus statusBefore = action.getForceStatus();
        ForceStatus statusAfter = newStatus == null ? statusBefore : newStatus;
        Instant now = today.now();
        AppUser author = users.getReferenceById(user.id());

        ProgressUpdate update = updates.save(new ProgressUpdate(action, author, now, statusBefore, statusAfter, narrative.strip()));
        for (String link : links) {
            evidence.save(Evidence.link(update, link));
        }
        for (CheckedFile file : files) {
            evidence.save(Evidence.file(update, file));
        }
        action.recordProgress(statusAfter, now);
        actions.flush();

        Map<String, Object> after = state(action);
        after.put("progressUpdateId", update.getId());
        after.put("narrative", narrative.strip());
        after.put("links", links);
        after.put("files", files.stream().map(f -> Map.of("name", f.fileName(), "type", f.type().contentType(),
                "bytes", f.size(), "sha256", f.sha256())).toList());
        audit.record(user, "PROGRESS_UPDATE_ADDED", AuditEntityType.ACTION, actionId, before, after);
        return update.getId();
    }

    @Transactional
    @PreAuthorize("@actionAccess.mayAssess()")
    public void recordAssessment(CurrentUser user, long actionId, int expectedVersion, AssessmentOutcome outcome,
                                 String supersededByReference, String note) {
        if (outcome == null || outcome == AssessmentOutcome.NOT_ASSESSED) {
            throw new IllegalArgumentException("An assessment needs an outcome");
        }
        TrackedAction action = lockedAction(actionId);
        checkVersion(action, expectedVersion);
        TrackedAction replacement = null;
        if (outcome == AssessmentOutcome.SUPERSEDED) {
            replacement = actions.findByReference(supersededByReference == null ? "" : supersededByReference.strip())
                    .orElseThrow(() -> new FieldRuleException("supersededBy", "Enter the reference of an action that exists"));
            if (replacement.getId().equals(action.getId())) {
                throw new FieldRuleException("supersededBy", "An action cannot supersede itself");
            }
        }
        Map<String, Object> before = state(action);
        Instant now = today.now();
        String cleanNote = note == null ? "" : note.strip();
        Assessment assessment = assessments.save(new Assessment(action, users.getReferenceById(user.id()), now, outcome, cleanNote));
        action.recordAssessment(outcome, replacement, now);
        actions.flush();
        Map<String, Object> after = state(action);
        after.put("assessmentId", assessment.getId());
        after.put("note", cleanNote);
        audit.record(user, "ASSESSMENT_RECORDED", AuditEntityType.ACTION, actionId, before, after);
    }

    @Transactional
    @PreAuthorize("@actionAccess.mayAssess()")
    public void reviseDueDate(CurrentUser user, long actionId, int expectedVersion, LocalDate newDate, String reason) {
        if (newDate == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A revised due date needs a date and a reason");
        }
        TrackedAction action = lockedAction(actionId);
        checkVersion(action, expectedVersion);
        Map<String, Object> before = state(action);
        action.reviseDueDate(newDate, reason.strip(), users.getReferenceById(user.id()), today.now());
        actions.flush();
        audit.record(user, "DUE_DATE_REVISED", AuditEntityType.ACTION, actionId, before, state(action));
    }

    private ActionRow row(long id) {
        return actions.findRow(id).orElseThrow(() -> new NotFoundException("Action " + id));
    }

    private TrackedAction lockedAction(long id) {
        return actions.findForUpdate(id).orElseThrow(() -> new NotFoundException("Action " + id));
    }

    private static void checkVersion(TrackedAction action, int expectedVersion) {
        if (action.getVersion() != expectedVersion) {
            throw new StaleEditException("action", action.getId());
        }
    }

    private static Map<String, Object> state(TrackedAction action) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("forceStatus", action.getForceStatus().name());
        state.put("assessment", action.getAssessment().name());
        state.put("supersededByActionId", action.getSupersededBy() == null ? null : action.getSupersededBy().getId());
        state.put("originalDueOn", action.getOriginalDueOn() == null ? null : action.getOriginalDueOn().toString());
        state.put("revisedDueOn", action.getRevisedDueOn() == null ? null : action.getRevisedDueOn().toString());
        state.put("revisedDueReason", action.getRevisedDueReason());
        state.put("version", action.getVersion());
        return state;
    }

    private static String sizeText(Long bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + "KB";
        }
        return String.format("%.1fMB", bytes / (1024.0 * 1024.0));
    }
}
