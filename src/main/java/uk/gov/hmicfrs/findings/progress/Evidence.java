package uk.gov.hmicfrs.findings.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A link or a checked file attached to a progress update. Lists read it through projections, so
 * the file content is only loaded for a download.
 */
@Entity
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_update_id")
    private ProgressUpdate progressUpdate;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    private String url;

    private String fileName;

    private String contentType;

    private Long sizeBytes;

    private byte[] content;

    private String sha256;

    protected Evidence() {
    }

    static Evidence link(ProgressUpdate update, String url) {
        Evidence evidence = new Evidence();
        evidence.progressUpdate = update;
        evidence.kind = EvidenceKind.LINK;
        evidence.url = url;
        return evidence;
    }

    static Evidence file(ProgressUpdate update, CheckedFile file) {
        Evidence evidence = new Evidence();
        evidence.progressUpdate = update;
        evidence.kind = EvidenceKind.FILE;
        evidence.fileName = file.fileName();
        evidence.contentType = file.type().contentType();
        evidence.sizeBytes = (long) file.content().length;
        evidence.content = file.content();
        evidence.sha256 = file.sha256();
        return evidence;
    }

    public Long getId() {
        return id;
    }
}
