package uk.gov.hmicfrs.findings.progress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.hmicfrs.findings.progress.ProgressTestData.R3;

@IntegrationTest
@AutoConfigureMockMvc
class UploadAndConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long r3;

    @BeforeEach
    void findAction() {
        r3 = ProgressTestData.actionId(jdbc, R3);
    }

    private void refusedUpload(MockMultipartFile file, String message) throws Exception {
        long evidence = ProgressTestData.count(jdbc, "evidence");
        long updates = ProgressTestData.count(jdbc, "progress_update");
        mvc.perform(multipart("/actions/{id}/progress", r3).file(file)
                        .param("version", String.valueOf(ProgressTestData.version(jdbc, r3)))
                        .param("narrative", "Evidence attached").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#files\"")))
                .andExpect(content().string(containsString(message)))
                // what they typed is kept
                .andExpect(content().string(containsString("Evidence attached")));
        assertThat(ProgressTestData.count(jdbc, "evidence")).isEqualTo(evidence);
        assertThat(ProgressTestData.count(jdbc, "progress_update")).isEqualTo(updates);
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void anExecutableNamedPdfIsRefused() throws Exception {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        refusedUpload(new MockMultipartFile("files", "report.pdf", "application/pdf", exe),
                "must be a PDF, Word, Excel, PowerPoint, PNG or JPEG");
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void htmlNamedPdfIsRefused() throws Exception {
        refusedUpload(new MockMultipartFile("files", "report.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "must be a PDF");
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void aPdfNamedAsAnImageIsRefused() throws Exception {
        refusedUpload(new MockMultipartFile("files", "photo.png", "image/png", ProgressTestData.pdf()), "must be a PDF");
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void aFileOverTenMegabytesIsRefusedWithAFormError() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(ProgressTestData.pdf(), 0, big, 0, ProgressTestData.pdf().length);
        refusedUpload(new MockMultipartFile("files", "big.pdf", "application/pdf", big), "must be smaller than 10MB");
    }

    @Test
    @WithUserDetails("lead.westmercia")
    void theContainersUploadLimitComesBackAsAFormError() throws Exception {
        // what UploadLimitFilter redirects an oversized upload to
        mvc.perform(get("/actions/{id}/progress", r3).param("fileTooLarge", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add a progress update")))
                .andExpect(content().string(containsString("The selected file must be smaller than 10MB")));
    }

    /** 9.6GB inside a 10MB upload: refused from the zip's directory alone, with nothing inflated. */
    @Test
    @WithUserDetails("lead.westmercia")
    void aZipBombNamedAsAWordDocumentIsRefusedWithAFormError() throws Exception {
        byte[] bomb = ZipBombs.docx(9_600);
        assertThat(bomb.length).isBetween(9_000_000, 10 * 1024 * 1024);
        long started = System.nanoTime();
        refusedUpload(new MockMultipartFile("files", "plan.docx", "application/octet-stream", bomb),
                "must be smaller than 200MB when uncompressed");
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Zip bomb refused in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aDocumentThatInflatesFarMoreThanRealOnesDoIsRefused() throws Exception {
        EvidenceChecker checker = new EvidenceChecker();
        // 50MB of zeros in about 50KB: under the size bound, far over the compression ratio of real documents
        assertThat(checker.check("plan.docx", ZipBombs.docx(50)).error())
                .isEqualTo(EvidenceChecker.EXPANDS_TOO_FAR);
        assertThat(checker.check("plan.docx", zip("[Content_Types].xml", "word/document.xml")).ok()).isTrue();
    }

    @Test
    void theCheckerKnowsOfficeDocumentsByTheirParts() throws Exception {
        EvidenceChecker checker = new EvidenceChecker();
        assertThat(checker.check("plan.docx", zip("[Content_Types].xml", "word/document.xml")).file().type()).isEqualTo(EvidenceType.DOCX);
        assertThat(checker.check("data.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")).file().type()).isEqualTo(EvidenceType.XLSX);
        assertThat(checker.check("deck.pptx", zip("[Content_Types].xml", "ppt/presentation.xml")).file().type()).isEqualTo(EvidenceType.PPTX);
        // a plain zip renamed .docx is not a Word document
        assertThat(checker.check("plan.docx", zip("readme.txt")).ok()).isFalse();
        // a Word document renamed .xlsx would open in the wrong program
        assertThat(checker.check("plan.xlsx", zip("[Content_Types].xml", "word/document.xml")).ok()).isFalse();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(checker.check("chart.PNG", png).file().type().contentType()).isEqualTo("image/png");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        assertThat(checker.check("photo.jpeg", jpeg).file().type()).isEqualTo(EvidenceType.JPEG);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(checker.check("old.doc", ole).file().type()).isEqualTo(EvidenceType.DOC);
        assertThat(checker.check("old.xls", ole).file().type()).isEqualTo(EvidenceType.XLS);
        assertThat(checker.check("old.exe", ole).ok()).isFalse();
        assertThat(checker.check("../../etc/plan.pdf", ProgressTestData.pdf()).file().fileName()).isEqualTo("plan.pdf");
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @WithUserDetails("lead.westmercia")
    @Transactional
    void aStaleSaveIsRefusedWith409ShowingWhatChangedAndKeepingTheNarrative() throws Exception {
        int opened = ProgressTestData.version(jdbc, r3);
        // someone else saves first
        mvc.perform(multipart("/actions/{id}/progress", r3).param("version", String.valueOf(opened))
                        .param("status", "IN_PROGRESS").param("narrative", "Colleague: analyst recruited").with(csrf()))
                .andExpect(status().is3xxRedirection());
        long updates = ProgressTestData.count(jdbc, "progress_update");

        mvc.perform(multipart("/actions/{id}/progress", r3).param("version", String.valueOf(opened))
                        .param("status", "COMPLETED").param("narrative", "My own careful narrative").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this action")))
                .andExpect(content().string(stringContainsInOrder("Force’s status", "In progress", "Completed")))
                .andExpect(content().string(stringContainsInOrder("What has been done", "Colleague: analyst recruited", "My own careful narrative")))
                // the narrative is back in the form, with the new version so it can be saved again
                .andExpect(content().string(containsString(">My own careful narrative</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));
        assertThat(ProgressTestData.count(jdbc, "progress_update")).isEqualTo(updates);
        assertThat(jdbc.queryForObject("select force_status from action where id = ?", String.class, r3)).isEqualTo("IN_PROGRESS");
    }

    @Test
    @WithUserDetails("inspector")
    @Transactional
    void anInspectorsStaleAssessmentIsRefusedWith409() throws Exception {
        int opened = ProgressTestData.version(jdbc, r3);
        mvc.perform(post("/actions/{id}/due-date", r3).param("version", String.valueOf(opened))
                        .param("dueOnDay", "30").param("dueOnMonth", "6").param("dueOnYear", "2026").param("reason", "Agreed at review").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/actions/{id}/assessment", r3).param("version", String.valueOf(opened))
                        .param("outcome", "MET").param("note", "Looks done").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(">Looks done</textarea>")));
        assertThat(jdbc.queryForObject("select assessment from action where id = ?", String.class, r3)).isEqualTo("NOT_ASSESSED");
        assertThat(jdbc.queryForObject("select revised_due_on::text || ' ' || revised_due_reason from action where id = ?", String.class, r3))
                .isEqualTo("2026-06-30 Agreed at review");
    }
}
