package uk.gov.hmicfrs.findings.progress;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EvidenceController {

    private final ActionService actions;

    EvidenceController(ActionService actions) {
        this.actions = actions;
    }

    /** Always a download (never shown inline), with the type found when the file was checked. */
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        EvidenceDownload file = actions.evidenceFile(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
