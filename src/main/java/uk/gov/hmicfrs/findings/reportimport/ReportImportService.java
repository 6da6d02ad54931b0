package uk.gov.hmicfrs.findings.reportimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.hmicfrs.findings.audit.AuditEntityType;
import uk.gov.hmicfrs.findings.audit.AuditService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.FindingRepository;
import uk.gov.hmicfrs.findings.finding.FindingType;
import uk.gov.hmicfrs.findings.finding.FindingWriter;
import uk.gov.hmicfrs.findings.finding.ReportSection;
import uk.gov.hmicfrs.findings.inspection.Grade;
import uk.gov.hmicfrs.findings.inspection.Inspection;
import uk.gov.hmicfrs.findings.inspection.InspectionKind;
import uk.gov.hmicfrs.findings.inspection.InspectionRepository;
import uk.gov.hmicfrs.findings.inspection.Judgement;
import uk.gov.hmicfrs.findings.inspection.JudgementRepository;
import uk.gov.hmicfrs.findings.organisation.OrganisationRepository;
import uk.gov.hmicfrs.findings.organisation.RegionRepository;
import uk.gov.hmicfrs.findings.system.time.Today;

/**
 * Imports a whole report from the JSON format in docs/import-format.md: checks everything first and
 * reports every problem with its path, then writes all of it in one transaction (or nothing). Findings
 * and recommendations are written by {@link FindingWriter}, as authoring writes them, which gives them
 * their actions.
 */
@Service
public class ReportImportService {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ReportImportRepository reports;
    private final InspectionRepository inspections;
    private final JudgementRepository judgements;
    private final FindingRepository findings;
    private final OrganisationRepository organisations;
    private final RegionRepository regions;
    private final FindingWriter writer;
    private final AuditService audit;
    private final Today today;

    ReportImportService(ReportImportRepository reports, InspectionRepository inspections, JudgementRepository judgements,
                        FindingRepository findings, OrganisationRepository organisations, RegionRepository regions,
                        FindingWriter writer, AuditService audit, Today today) {
        this.reports = reports;
        this.inspections = inspections;
        this.judgements = judgements;
        this.findings = findings;
        this.organisations = organisations;
        this.regions = regions;
        this.writer = writer;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    @PreAuthorize("hasRole('INSPECTOR')")
    public ImportResult importReport(CurrentUser user, byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(List.of("$: the file is empty"));
        }
        String sha256 = sha256(content);
        String already = reports.importedAs(sha256).orElse(null);
        if (already != null) {
            throw new ImportRejectedException(List.of("$: this file has already been imported, as inspection " + already));
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ImportRejectedException(List.of("$: not valid JSON" + where));
        }
        ReportFileChecker checker = new ReportFileChecker(reports.referenceData());
        ImportModel model = checker.check(root);
        if (model == null) {
            throw new ImportRejectedException(checker.problems());
        }
        Imported imported;
        try {
            imported = apply(model);
        } catch (DataAccessException e) {
            // the transaction rolls back: nothing of the report is kept
            throw new ImportRejectedException(List.of("$: the database refused the report ("
                    + e.getMostSpecificCause().getMessage().lines().findFirst().orElse("") + "); nothing was imported"));
        }
        reports.recordImport(sha256, fileName == null ? "report.json" : fileName, imported.inspectionId(), user.id(),
                today.now());
        audit.recordChange(user, "IMPORTED", AuditEntityType.INSPECTION, model.inspection().slug(),
                imported.result().summary());
        return imported.result();
    }

    private record Imported(long inspectionId, ImportResult result) {
    }

    private Imported apply(ImportModel model) {
        ImportModel.Inspection i = model.inspection();
        Inspection inspection = inspections.save(new Inspection(i.slug(), i.referencePrefix(), i.title(), i.publishedOn(),
                InspectionKind.valueOf(i.kind()), i.regionId() == null ? null : regions.getReferenceById(i.regionId()),
                i.source()));
        for (ImportModel.Judgement j : model.judgements()) {
            judgements.save(new Judgement(inspection, organisations.getReferenceById(j.organisationId()),
                    Grade.valueOf(j.grade()), j.sentence(), j.position()));
        }
        Map<String, Long> findingIds = new HashMap<>();
        int recommendations = 0;
        for (ImportModel.Finding f : model.findings()) {
            Finding finding = writer.add(inspection,
                    f.organisationId() == null ? null : organisations.getReferenceById(f.organisationId()),
                    ReportSection.valueOf(f.section()), FindingType.valueOf(f.type()), f.title(), f.body(), f.position(),
                    f.reference(), f.repeatsFindingId() == null ? null : findings.getReferenceById(f.repeatsFindingId()),
                    f.themeIds());
            findingIds.put(f.reference(), finding.getId());
            for (ImportModel.Recommendation r : f.recommendations()) {
                writer.addRecommendation(finding, organisations.getReferenceById(r.organisationId()), r.reference(),
                        r.leadIn(), r.text(), r.dueOn(), r.position(), r.themeIds());
                recommendations++;
            }
        }
        for (ImportModel.KeyFigure k : model.keyFigures()) {
            reports.insertKeyFigure(inspection.getId(), k,
                    k.findingReference() == null ? null : findingIds.get(k.findingReference()));
        }
        for (ImportModel.Passage p : model.passages()) {
            reports.insertPassage(inspection.getId(), p);
        }
        // what the entities still hold (theme links) is written now, inside the try that reports a refusal
        findings.flush();
        return new Imported(inspection.getId(), new ImportResult(i.slug(), i.title(), model.judgements().size(),
                model.findings().size(), recommendations, model.keyFigures().size(), model.passages().size()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
