package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.FindingForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.InspectionForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.JudgementForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringForms.RecommendationForm;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.InspectionView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.JudgementRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.ManagePage;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.Option;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationRow;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationView;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Inspectors' writes to inspections, judgements, findings and recommendations, and the reads of their
 * forms: every method is for inspectors only, whatever the page showed. Every write runs in one
 * transaction, uses the version column for optimistic locking and records each change in the audit log.
 * <p>
 * Plain SQL rather than entity mutators: the entities belong to the read side and stay immutable.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('INSPECTOR')")
public class AuthoringService {

    private final JdbcClient jdbc;
    private final AuditService audit;

    AuthoringService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // ---- reads for the forms ----

    public InspectionView inspection(String slug) {
        return jdbc.sql("""
                        select i.id, i.slug, i.title, i.reference_prefix, i.published_on, i.kind, i.region_id,
                               r.slug as region_slug, r.name as region_name, i.source, i.version
                        from inspection i left join region r on r.id = i.region_id where i.slug = :slug""")
                .param("slug", slug).query(InspectionView.class).optional()
                .orElseThrow(() -> new NotFoundException("Inspection " + slug));
    }

    /** The manage page: inspection, judgements, findings with their recommendations, in four statements. */
    public ManagePage managePage(String slug) {
        InspectionView inspection = inspection(slug);
        List<JudgementRow> judgements = jdbc.sql("""
                        select j.id, o.name, j.grade, j.sentence, j.version from judgement j
                        join organisation o on o.id = j.organisation_id where j.inspection_id = :id order by j.position""")
                .param("id", inspection.id())
                .query((rs, n) -> {
                    Grade grade = Grade.valueOf(rs.getString("grade"));
                    return new JudgementRow(rs.getLong("id"), rs.getString("name"), grade.name(), grade.label(),
                            grade.tagClass(), rs.getString("sentence"), rs.getInt("version"));
                }).list();
        List<RecommendationRow> recommendations = jdbc.sql("""
                        select r.id, r.reference, r.finding_id, o.name as organisation_name, r.text, r.due_on
                        from recommendation r join finding f on f.id = r.finding_id
                        join organisation o on o.id = r.organisation_id
                        where f.inspection_id = :id order by r.finding_id, r.position""")
                .param("id", inspection.id()).query(RecommendationRow.class).list();
        Map<Long, List<RecommendationRow>> byFinding = new LinkedHashMap<>();
        recommendations.forEach(r -> byFinding.computeIfAbsent(r.findingId(), k -> new ArrayList<>()).add(r));
        List<FindingRow> findings = jdbc.sql("""
                        select f.id, f.reference, f.title, f.type, f.section, o.name as organisation_name, f.withdrawn,
                               f.version, rf.reference as repeats_reference
                        from finding f left join organisation o on o.id = f.organisation_id
                        left join finding rf on rf.id = f.repeats_finding_id
                        where f.inspection_id = :id order by f.position""")
                .param("id", inspection.id())
                .query((rs, n) -> {
                    FindingType type = FindingType.valueOf(rs.getString("type"));
                    long id = rs.getLong("id");
                    return new FindingRow(id, rs.getString("reference"), rs.getString("title"), type.label(),
                            type.tagClass(), ReportSection.valueOf(rs.getString("section")).label(),
                            rs.getString("organisation_name"), rs.getBoolean("withdrawn"), rs.getInt("version"),
                            rs.getString("repeats_reference"), byFinding.getOrDefault(id, List.of()));
                }).list();
        return new ManagePage(inspection, judgements, findings);
    }

    /** Organisations a finding, judgement or recommendation of this inspection can name: its region's, or all. */
    public List<Option> organisationOptions(Long regionId) {
        return jdbc.sql("""
                        select o.id, o.name from organisation o
                        where :region::bigint is null or o.region_id = :region order by o.position""")
                .param("region", regionId)
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name"))).list();
    }

    public List<Option> regionOptions() {
        return jdbc.sql("select slug, name from region order by position")
                .query((rs, n) -> new Option(rs.getString("slug"), rs.getString("name"))).list();
    }

    public FindingView finding(String reference) {
        return jdbc.sql("""
                        select f.id, f.reference, i.slug as inspection_slug, i.region_id, f.section, f.type,
                               f.organisation_id, f.title, f.body, f.withdrawn, f.version,
                               coalesce(array(select ft.theme_id from finding_theme ft where ft.finding_id = f.id order by 1),
                                        '{}') as theme_ids,
                               rf.reference as repeats_reference
                        from finding f join inspection i on i.id = f.inspection_id
                        left join finding rf on rf.id = f.repeats_finding_id
                        where f.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new FindingView(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("inspection_slug"), (Long) rs.getObject("region_id", Long.class),
                        rs.getString("section"), rs.getString("type"), (Long) rs.getObject("organisation_id", Long.class),
                        rs.getString("title"), rs.getString("body"), rs.getBoolean("withdrawn"), rs.getInt("version"),
                        longs(rs.getArray("theme_ids")), rs.getString("repeats_reference")))
                .optional().orElseThrow(() -> new NotFoundException("Finding " + reference));
    }

    public RecommendationView recommendation(String reference) {
        return jdbc.sql("""
                        select r.id, r.reference, r.finding_id, f.reference as finding_reference,
                               i.slug as inspection_slug, r.organisation_id, r.lead_in, r.text, r.due_on, r.version,
                               coalesce(array(select rt.theme_id from recommendation_theme rt
                                              where rt.recommendation_id = r.id order by 1), '{}') as theme_ids
                        from recommendation r join finding f on f.id = r.finding_id
                        join inspection i on i.id = f.inspection_id where r.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new RecommendationView(rs.getLong("id"), rs.getString("reference"),
                        rs.getLong("finding_id"), rs.getString("finding_reference"), rs.getString("inspection_slug"),
                        rs.getObject("organisation_id", Long.class), rs.getString("lead_in"), rs.getString("text"),
                        rs.getObject("due_on", LocalDate.class), rs.getInt("version"), longs(rs.getArray("theme_ids"))))
                .optional().orElseThrow(() -> new NotFoundException("Recommendation " + reference));
    }

    private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    // ---- inspections ----

    @Transactional
    public String createInspection(CurrentUser user, InspectionForm form, LocalDate publishedOn) {
        checkInspectionUnique(form, null);
        Long regionId = regionId(form.regionSlug);
        jdbc.sql("""
                        insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
                        values (:slug, :prefix, :title, :published, :kind, :region, :source)""")
                .param("slug", form.slug.strip()).param("prefix", form.referencePrefix.strip())
                .param("title", form.title.strip()).param("published", publishedOn)
                .param("kind", InspectionKind.valueOf(form.kind).name()).param("region", regionId)
                .param("source", form.source.strip()).update();
        audit.recordChange(user, "CREATED", AuditEntityType.INSPECTION, form.slug.strip(), form.title.strip());
        return form.slug.strip();
    }

    @Transactional
    public String updateInspection(CurrentUser user, String slug, InspectionForm form, LocalDate publishedOn) {
        InspectionView existing = inspection(slug);
        checkInspectionUnique(form, existing.id());
        if (!existing.referencePrefix().equals(form.referencePrefix.strip()) && hasFindings(existing.id())) {
            // finding references are built from the prefix and never change
            throw new AuthoringRuleException("referencePrefix",
                    "The reference prefix cannot change once the inspection has findings");
        }
        int updated = jdbc.sql("""
                        update inspection set slug = :slug, reference_prefix = :prefix, title = :title,
                               published_on = :published, kind = :kind, region_id = :region, source = :source,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("slug", form.slug.strip()).param("prefix", form.referencePrefix.strip())
                .param("title", form.title.strip()).param("published", publishedOn)
                .param("kind", InspectionKind.valueOf(form.kind).name()).param("region", regionId(form.regionSlug))
                .param("source", form.source.strip()).param("id", existing.id()).param("version", form.version)
                .update();
        if (updated == 0) {
            throw new StaleEditException("inspection", slug);
        }
        audit.recordChange(user, "UPDATED", AuditEntityType.INSPECTION, form.slug.strip(), form.title.strip());
        return form.slug.strip();
    }

    private boolean hasFindings(long inspectionId) {
        return jdbc.sql("select exists (select 1 from finding where inspection_id = :id)").param("id", inspectionId)
                .query(Boolean.class).single();
    }

    private void checkInspectionUnique(InspectionForm form, Long exceptId) {
        if (exists("select 1 from inspection where slug = :v and id <> coalesce(:except, -1)", form.slug.strip(), exceptId)) {
            throw new AuthoringRuleException("slug", "An inspection with this slug already exists");
        }
        if (exists("select 1 from inspection where reference_prefix = :v and id <> coalesce(:except, -1)",
                form.referencePrefix.strip(), exceptId)) {
            throw new AuthoringRuleException("referencePrefix", "An inspection with this reference prefix already exists");
        }
    }

    private boolean exists(String sql, String value, Long exceptId) {
        return jdbc.sql("select exists (" + sql + ")").param("v", value).param("except", exceptId)
                .query(Boolean.class).single();
    }

    private Long regionId(String regionSlug) {
        if (regionSlug == null || regionSlug.isBlank()) {
            return null;
        }
        return jdbc.sql("select id from region where slug = :slug").param("slug", regionSlug).query(Long.class)
                .optional().orElseThrow(() -> new AuthoringRuleException("regionSlug", "Select a region from the list"));
    }

    // ---- judgements ----

    @Transactional
    public void createJudgement(CurrentUser user, String inspectionSlug, JudgementForm form) {
        InspectionView inspection = inspection(inspectionSlug);
        String organisation = organisationName(form.organisationId, "organisationId");
        if (jdbc.sql("select exists (select 1 from judgement where inspection_id = :i and organisation_id = :o)")
                .param("i", inspection.id()).param("o", form.organisationId).query(Boolean.class).single()) {
            throw new AuthoringRuleException("organisationId", "This inspection already has a judgement for " + organisation);
        }
        jdbc.sql("""
                        insert into judgement (inspection_id, organisation_id, grade, sentence, position)
                        values (:i, :o, :grade, :sentence, :position)""")
                .param("i", inspection.id()).param("o", form.organisationId)
                .param("grade", Grade.valueOf(form.grade).name()).param("sentence", form.sentence.strip())
                .param("position", nextPosition(inspection.id())).update();
        audit.recordChange(user, "CREATED", AuditEntityType.JUDGEMENT, inspectionSlug + "/" + organisation, form.grade);
    }

    @Transactional
    public void updateJudgement(CurrentUser user, long judgementId, JudgementForm form) {
        int updated = jdbc.sql("""
                        update judgement set grade = :grade, sentence = :sentence, version = version + 1
                        where id = :id and version = :version""")
                .param("grade", Grade.valueOf(form.grade).name()).param("sentence", form.sentence.strip())
                .param("id", judgementId).param("version", form.version).update();
        if (updated == 0) {
            throw new StaleEditException("judgement", judgementId);
        }
        audit.recordChange(user, "UPDATED", AuditEntityType.JUDGEMENT, String.valueOf(judgementId), form.grade);
    }

    public JudgementForm judgementForm(long judgementId) {
        return jdbc.sql("select organisation_id, grade, sentence, version from judgement where id = :id")
                .param("id", judgementId)
                .query((rs, n) -> {
                    JudgementForm form = new JudgementForm();
                    form.organisationId = rs.getLong("organisation_id");
                    form.grade = rs.getString("grade");
                    form.sentence = rs.getString("sentence");
                    form.version = rs.getInt("version");
                    return form;
                }).optional().orElseThrow(() -> new NotFoundException("Judgement " + judgementId));
    }

    // ---- findings ----

    @Transactional
    public String createFinding(CurrentUser user, String inspectionSlug, FindingForm form) {
        InspectionView inspection = inspection(inspectionSlug);
        FindingType type = FindingType.valueOf(form.type);
        ReportSection section = ReportSection.valueOf(form.section);
        String ownerCode = "REGIONAL";
        if (form.organisationId != null) {
            ownerCode = jdbc.sql("select code from organisation where id = :id").param("id", form.organisationId)
                    .query(String.class).optional()
                    .orElseThrow(() -> new AuthoringRuleException("organisationId", "Select an organisation from the list"));
        }
        String stem = inspection.referencePrefix() + "-" + ownerCode + "-" + type.code() + "-";
        String reference = stem + nextNumber(stem);
        Long findingId = jdbc.sql("""
                        insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
                        values (:i, :o, :section, :type, :title, :body, :position, :reference) returning id""")
                .param("i", inspection.id()).param("o", form.organisationId).param("section", section.name())
                .param("type", type.name()).param("title", form.title.strip()).param("body", normalise(form.body))
                .param("position", nextPosition(inspection.id())).param("reference", reference)
                .query(Long.class).single();
        tagFinding(findingId, form.themeIds);
        ensureFindingAction(findingId);
        audit.recordChange(user, "CREATED", AuditEntityType.FINDING, reference, form.title.strip());
        return reference;
    }

    @Transactional
    public void updateFinding(CurrentUser user, String reference, FindingForm form) {
        FindingView existing = finding(reference);
        if (form.organisationId != null) {
            organisationName(form.organisationId, "organisationId");
        }
        // the reference is kept whatever changes: it is how everyone refers to the finding
        int updated = jdbc.sql("""
                        update finding set section = :section, type = :type, organisation_id = :o, title = :title,
                               body = :body, version = version + 1
                        where id = :id and version = :version""")
                .param("section", ReportSection.valueOf(form.section).name())
                .param("type", FindingType.valueOf(form.type).name()).param("o", form.organisationId)
                .param("title", form.title.strip()).param("body", normalise(form.body))
                .param("id", existing.id()).param("version", form.version).update();
        if (updated == 0) {
            throw new StaleEditException("finding", reference);
        }
        jdbc.sql("delete from finding_theme where finding_id = :id").param("id", existing.id()).update();
        tagFinding(existing.id(), form.themeIds);
        ensureFindingAction(existing.id());
        audit.recordChange(user, "UPDATED", AuditEntityType.FINDING, reference, form.title.strip());
    }

    /** Withdrawing keeps the finding (and its reference) visible, marked as withdrawn. */
    @Transactional
    public void withdrawFinding(CurrentUser user, String reference, Integer version) {
        FindingView existing = finding(reference);
        int updated = jdbc.sql("""
                        update finding set withdrawn = true, version = version + 1
                        where id = :id and version = :version""")
                .param("id", existing.id()).param("version", version).update();
        if (updated == 0) {
            throw new StaleEditException("finding", reference);
        }
        audit.recordChange(user, "WITHDRAWN", AuditEntityType.FINDING, reference, existing.title());
    }

    private void tagFinding(long findingId, List<Long> themeIds) {
        if (themeIds != null && !themeIds.isEmpty()) {
            jdbc.sql("insert into finding_theme (finding_id, theme_id) select :f, id from theme where id in (:ids)")
                    .param("f", findingId).param("ids", themeIds.stream().distinct().toList()).update();
        }
    }

    /** An area for improvement is an action, owned by its organisation or, for a regional one, the region's ROCU. */
    private void ensureFindingAction(long findingId) {
        int inserted = jdbc.sql("""
                        insert into action (finding_id, organisation_id, original_due_on)
                        select f.id, coalesce(f.organisation_id,
                                   (select o.id from organisation o join inspection i on i.region_id = o.region_id
                                    where i.id = f.inspection_id and o.type = 'ROCU')), null
                        from finding f
                        where f.id = :id and f.type = 'AREA_FOR_IMPROVEMENT'
                          and not exists (select 1 from action a where a.finding_id = f.id)
                          and (f.organisation_id is not null or exists (
                                select 1 from organisation o join inspection i on i.region_id = o.region_id
                                where i.id = f.inspection_id and o.type = 'ROCU'))""")
                .param("id", findingId).update();
        if (inserted == 0 && jdbc.sql("""
                select exists (select 1 from finding f where f.id = :id and f.type = 'AREA_FOR_IMPROVEMENT'
                               and not exists (select 1 from action a where a.finding_id = f.id))""")
                .param("id", findingId).query(Boolean.class).single()) {
            throw new AuthoringRuleException("organisationId",
                    "Select an organisation: a regional area for improvement needs a region with a ROCU to own it");
        }
    }

    // ---- recommendations ----

    @Transactional
    public String createRecommendation(CurrentUser user, String findingReference, RecommendationForm form, LocalDate dueOn) {
        FindingView finding = finding(findingReference);
        organisationName(form.organisationId, "organisationId");
        String stem = findingReference + "-R";
        String reference = stem + nextNumber(stem);
        Integer position = jdbc.sql("select coalesce(max(position), 0) + 1 from recommendation where finding_id = :f")
                .param("f", finding.id()).query(Integer.class).single();
        Long id = jdbc.sql("""
                        insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position)
                        values (:f, :o, :reference, :leadIn, :text, :due, :position) returning id""")
                .param("f", finding.id()).param("o", form.organisationId).param("reference", reference)
                .param("leadIn", form.leadIn.strip()).param("text", form.text.strip()).param("due", dueOn)
                .param("position", position).query(Long.class).single();
        tagRecommendation(id, form.themeIds);
        jdbc.sql("insert into action (recommendation_id, organisation_id, original_due_on) values (:r, :o, :due)")
                .param("r", id).param("o", form.organisationId).param("due", dueOn).update();
        audit.recordChange(user, "CREATED", AuditEntityType.RECOMMENDATION, reference, form.text.strip());
        return reference;
    }

    @Transactional
    public void updateRecommendation(CurrentUser user, String reference, RecommendationForm form, LocalDate dueOn) {
        RecommendationView existing = recommendation(reference);
        organisationName(form.organisationId, "organisationId");
        int updated = jdbc.sql("""
                        update recommendation set organisation_id = :o, lead_in = :leadIn, text = :text, due_on = :due,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("o", form.organisationId).param("leadIn", form.leadIn.strip()).param("text", form.text.strip())
                .param("due", dueOn).param("id", existing.id()).param("version", form.version).update();
        if (updated == 0) {
            throw new StaleEditException("recommendation", reference);
        }
        // the action follows the recommendation's owner and deadline; a revised date stays as the force set it
        jdbc.sql("update action set organisation_id = :o, original_due_on = :due where recommendation_id = :r")
                .param("o", form.organisationId).param("due", dueOn).param("r", existing.id()).update();
        jdbc.sql("delete from recommendation_theme where recommendation_id = :id").param("id", existing.id()).update();
        tagRecommendation(existing.id(), form.themeIds);
        audit.recordChange(user, "UPDATED", AuditEntityType.RECOMMENDATION, reference, form.text.strip());
    }

    private void tagRecommendation(long recommendationId, List<Long> themeIds) {
        if (themeIds != null && !themeIds.isEmpty()) {
            jdbc.sql("insert into recommendation_theme (recommendation_id, theme_id) select :r, id from theme where id in (:ids)")
                    .param("r", recommendationId).param("ids", themeIds.stream().distinct().toList()).update();
        }
    }

    // ---- shared ----

    private String organisationName(Long organisationId, String field) {
        if (organisationId == null) {
            throw new AuthoringRuleException(field, "Select an organisation from the list");
        }
        return jdbc.sql("select name from organisation where id = :id").param("id", organisationId)
                .query(String.class).optional()
                .orElseThrow(() -> new AuthoringRuleException(field, "Select an organisation from the list"));
    }

    /** Passages, judgements and findings share one report-order sequence; new entries go at the end. */
    private int nextPosition(long inspectionId) {
        return jdbc.sql("""
                        select coalesce(max(p), 0) + 1 from (
                            select max(position) as p from finding where inspection_id = :i
                            union all select max(position) from judgement where inspection_id = :i
                            union all select max(position) from passage where inspection_id = :i) positions""")
                .param("i", inspectionId).query(Integer.class).single();
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    /** The next free n for references stem + n (finding and recommendation references alike). */
    private int nextNumber(String stem) {
        List<String> taken = jdbc.sql("""
                        select reference from finding where starts_with(reference, :stem)
                        union all select reference from recommendation where starts_with(reference, :stem)""")
                .param("stem", stem).query(String.class).list();
        int max = 0;
        for (String reference : taken) {
            String rest = reference.substring(stem.length());
            Matcher m = TRAILING_NUMBER.matcher(rest);
            if (rest.matches("\\d+") && m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max + 1;
    }

    /** Keeps the stored form: "\n" line ends, no trailing spaces at the ends. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    Optional<Long> findingId(String reference) {
        return jdbc.sql("select id from finding where reference = :r").param("r", reference).query(Long.class).optional();
    }
}
