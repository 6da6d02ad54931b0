package uk.gov.hmicfrs.findings.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.FindingView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.InspectionView;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.ManagePage;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.Option;
import uk.gov.hmicfrs.findings.authoring.AuthoringViews.RecommendationView;
import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.FindingRepository;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.FindingWriter;
import uk.gov.hmicfrs.findings.finding.Recommendation;
import uk.gov.hmicfrs.findings.finding.RecommendationRepository;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.Inspection;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.inspection.InspectionRepository;
import uk.gov.hmicfrs.findings.inspection.Judgement;
import uk.gov.hmicfrs.findings.inspection.JudgementRepository;
import uk.gov.hmicfrs.findings.organisation.Organisation;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;
import uk.gov.hmicfrs.findings.organisation.Region;
import uk.gov.hmicfrs.findings.organisation.RegionRepository;
import uk.gov.hmicfrs.findings.system.web.NotFoundException;
import uk.gov.hmicfrs.findings.system.web.StaleEditException;

/**
 * Inspectors' writes to inspections, judgements, findings and recommendations, and the reads of their
 * forms: every method is for inspectors only, whatever the page showed. Every write runs in one transaction, goes through the entities (whose
 * version column refuses a stale edit) and records each change in the audit log. Findings and
 * recommendations are written by {@link FindingWriter}, which gives them their actions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('INSPECTOR')")
public class AuthoringService {

    private final AuthoringQueries queries;
    private final InspectionRepository inspections;
    private final JudgementRepository judgements;
    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final OrganisationRepository organisations;
    private final RegionRepository regions;
    private final FindingWriter writer;
    private final AuditService audit;

    AuthoringService(AuthoringQueries queries, InspectionRepository inspections, JudgementRepository judgements,
                     FindingRepository findings, RecommendationRepository recommendations,
                     OrganisationRepository organisations, RegionRepository regions, FindingWriter writer,
                     AuditService audit) {
        this.queries = queries;
        this.inspections = inspections;
        this.judgements = judgements;
        this.findings = findings;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.regions = regions;
        this.writer = writer;
        this.audit = audit;
    }

    // ---- reads for the forms ----

    public InspectionView inspection(String slug) {
        return queries.inspection(slug)
                .orElseThrow(() -> new NotFoundException("Inspection " + slug));
    }

    /** The manage page: inspection, judgements, findings with their recommendations, in four statements. */
    public ManagePage managePage(String slug) {
        InspectionView inspection = inspection(slug);
        return new ManagePage(inspection, queries.judgementRows(inspection.id()), queries.findingRows(inspection.id()));
    }

    /** Organisations a finding, judgement or recommendation of this inspection can name: its region's, or all. */
    public List<Option> organisationOptions(Long regionId) {
        return queries.organisationOptions(regionId);
    }

    public List<Option> regionOptions() {
        return queries.regionOptions();
    }

    public FindingView finding(String reference) {
        return queries.finding(reference)
                .orElseThrow(() -> new NotFoundException("Finding " + reference));
    }

    public RecommendationView recommendation(String reference) {
        return queries.recommendation(reference)
                .orElseThrow(() -> new NotFoundException("Recommendation " + reference));
    }

    // ---- inspections ----

    @Transactional
    public String createInspection(CurrentUser user, InspectionForm form, LocalDate publishedOn) {
        checkInspectionUnique(form, null);
        Region region = region(form.regionSlug);
        inspections.save(new Inspection(form.slug.strip(), form.referencePrefix.strip(), form.title.strip(), publishedOn,
                InspectionKind.valueOf(form.kind), region, form.source.strip()));
        writer.saveNow("inspection", form.slug.strip());
        audit.recordChange(user, "CREATED", AuditEntityType.INSPECTION, form.slug.strip(), form.title.strip());
        return form.slug.strip();
    }

    @Transactional
    public String updateInspection(CurrentUser user, String slug, InspectionForm form, LocalDate publishedOn) {
        Inspection existing = inspections.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Inspection " + slug));
        checkInspectionUnique(form, existing.getId());
        if (!existing.getReferencePrefix().equals(form.referencePrefix.strip()) && queries.hasFindings(existing.getId())) {
            // finding references are built from the prefix and never change
            throw new AuthoringRuleException("referencePrefix",
                    "The reference prefix cannot change once the inspection has findings");
        }
        requireVersion(existing.getVersion(), form.version, "inspection", slug);
        existing.revise(form.slug.strip(), form.referencePrefix.strip(), form.title.strip(), publishedOn,
                InspectionKind.valueOf(form.kind), region(form.regionSlug), form.source.strip());
        writer.saveNow("inspection", slug);
        audit.recordChange(user, "UPDATED", AuditEntityType.INSPECTION, form.slug.strip(), form.title.strip());
        return form.slug.strip();
    }

    private void checkInspectionUnique(InspectionForm form, Long exceptId) {
        if (queries.slugTaken(form.slug.strip(), exceptId)) {
            throw new AuthoringRuleException("slug", "An inspection with this slug already exists");
        }
        if (queries.referencePrefixTaken(form.referencePrefix.strip(), exceptId)) {
            throw new AuthoringRuleException("referencePrefix", "An inspection with this reference prefix already exists");
        }
    }

    private Region region(String regionSlug) {
        if (regionSlug == null || regionSlug.isBlank()) {
            return null;
        }
        return regions.findBySlug(regionSlug)
                .orElseThrow(() -> new AuthoringRuleException("regionSlug", "Select a region from the list"));
    }

    // ---- judgements ----

    @Transactional
    public void createJudgement(CurrentUser user, String inspectionSlug, JudgementForm form) {
        Inspection inspection = inspections.findBySlug(inspectionSlug)
                .orElseThrow(() -> new NotFoundException("Inspection " + inspectionSlug));
        Organisation organisation = organisation(form.organisationId, "organisationId");
        if (judgements.existsByInspectionAndOrganisation(inspection, organisation)) {
            throw new AuthoringRuleException("organisationId", "This inspection already has a judgement for " + organisation.getName());
        }
        judgements.save(new Judgement(inspection, organisation, Grade.valueOf(form.grade), form.sentence.strip(),
                queries.nextPosition(inspection.getId())));
        writer.saveNow("judgement", inspectionSlug);
        audit.recordChange(user, "CREATED", AuditEntityType.JUDGEMENT, inspectionSlug + "/" + organisation.getName(), form.grade);
    }

    @Transactional
    public void updateJudgement(CurrentUser user, long judgementId, JudgementForm form) {
        // a judgement that has gone was changed by someone else, as a version that has moved on
        Judgement judgement = judgements.findById(judgementId).orElseThrow(() -> new StaleEditException("judgement", judgementId));
        requireVersion(judgement.getVersion(), form.version, "judgement", judgementId);
        judgement.regrade(Grade.valueOf(form.grade), form.sentence.strip());
        writer.saveNow("judgement", judgementId);
        audit.recordChange(user, "UPDATED", AuditEntityType.JUDGEMENT, String.valueOf(judgementId), form.grade);
    }

    public JudgementForm judgementForm(long judgementId) {
        return queries.judgementForm(judgementId)
                .orElseThrow(() -> new NotFoundException("Judgement " + judgementId));
    }

    // ---- findings ----

    @Transactional
    public String createFinding(CurrentUser user, String inspectionSlug, FindingForm form) {
        Inspection inspection = inspections.findBySlug(inspectionSlug)
                .orElseThrow(() -> new NotFoundException("Inspection " + inspectionSlug));
        FindingType type = FindingType.valueOf(form.type);
        ReportSection section = ReportSection.valueOf(form.section);
        Organisation organisation = form.organisationId == null ? null : organisation(form.organisationId, "organisationId");
        String ownerCode = organisation == null ? "REGIONAL" : organisation.getCode();
        String stem = inspection.getReferencePrefix() + "-" + ownerCode + "-" + type.code() + "-";
        String reference = stem + nextNumber(stem);
        writer.add(inspection, organisation, section, type, form.title.strip(), normalise(form.body),
                queries.nextPosition(inspection.getId()), reference, null, queries.themeIds(form.themeIds));
        writer.saveNow("finding", reference);
        audit.recordChange(user, "CREATED", AuditEntityType.FINDING, reference, form.title.strip());
        return reference;
    }

    @Transactional
    public void updateFinding(CurrentUser user, String reference, FindingForm form) {
        Finding existing = findings.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("Finding " + reference));
        Organisation organisation = form.organisationId == null ? null : organisation(form.organisationId, "organisationId");
        requireVersion(existing.getVersion(), form.version, "finding", reference);
        // the reference is kept whatever changes: it is how everyone refers to the finding
        writer.revise(existing, ReportSection.valueOf(form.section), FindingType.valueOf(form.type), organisation,
                form.title.strip(), normalise(form.body), queries.themeIds(form.themeIds));
        writer.saveNow("finding", reference);
        audit.recordChange(user, "UPDATED", AuditEntityType.FINDING, reference, form.title.strip());
    }

    /** Withdrawing keeps the finding (and its reference) visible, marked as withdrawn. */
    @Transactional
    public void withdrawFinding(CurrentUser user, String reference, Integer version) {
        Finding existing = findings.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("Finding " + reference));
        requireVersion(existing.getVersion(), version, "finding", reference);
        writer.withdraw(existing);
        writer.saveNow("finding", reference);
        audit.recordChange(user, "WITHDRAWN", AuditEntityType.FINDING, reference, existing.getTitle());
    }

    // ---- recommendations ----

    @Transactional
    public String createRecommendation(CurrentUser user, String findingReference, RecommendationForm form, LocalDate dueOn) {
        Finding finding = findings.findByReference(findingReference)
                .orElseThrow(() -> new NotFoundException("Finding " + findingReference));
        Organisation organisation = organisation(form.organisationId, "organisationId");
        String stem = findingReference + "-R";
        String reference = stem + nextNumber(stem);
        writer.addRecommendation(finding, organisation, reference, form.leadIn.strip(), form.text.strip(), dueOn,
                queries.nextRecommendationPosition(finding.getId()), queries.themeIds(form.themeIds));
        writer.saveNow("recommendation", reference);
        audit.recordChange(user, "CREATED", AuditEntityType.RECOMMENDATION, reference, form.text.strip());
        return reference;
    }

    @Transactional
    public void updateRecommendation(CurrentUser user, String reference, RecommendationForm form, LocalDate dueOn) {
        Recommendation existing = recommendations.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("Recommendation " + reference));
        Organisation organisation = organisation(form.organisationId, "organisationId");
        requireVersion(existing.getVersion(), form.version, "recommendation", reference);
        writer.reviseRecommendation(existing, organisation, form.leadIn.strip(), form.text.strip(), dueOn,
                queries.themeIds(form.themeIds));
        writer.saveNow("recommendation", reference);
        audit.recordChange(user, "UPDATED", AuditEntityType.RECOMMENDATION, reference, form.text.strip());
    }

    // ---- shared ----

    private Organisation organisation(Long organisationId, String field) {
        if (organisationId == null) {
            throw new AuthoringRuleException(field, "Select an organisation from the list");
        }
        return organisations.findById(organisationId)
                .orElseThrow(() -> new AuthoringRuleException(field, "Select an organisation from the list"));
    }

    /** The form carries the version it was shown with; another has been saved since when they differ. */
    private static void requireVersion(int current, Integer shown, String what, Object id) {
        if (shown == null || shown != current) {
            throw new StaleEditException(what, id);
        }
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    /** The next free n for references stem + n (finding and recommendation references alike). */
    private int nextNumber(String stem) {
        List<String> taken = queries.referencesStartingWith(stem);
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
}
