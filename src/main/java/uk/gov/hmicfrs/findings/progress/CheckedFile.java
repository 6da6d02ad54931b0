package uk.gov.hmicfrs.findings.progress;

/**
 * An uploaded file whose content has been checked. Only {@link EvidenceChecker} makes one, so the
 * service cannot be handed an unchecked upload.
 */
public final class CheckedFile {

    private final String fileName;
    private final EvidenceType type;
    private final byte[] content;
    private final String sha256;

    CheckedFile(String fileName, EvidenceType type, byte[] content, String sha256) {
        this.fileName = fileName;
        this.type = type;
        this.content = content;
        this.sha256 = sha256;
    }

    public String fileName() {
        return fileName;
    }

    public EvidenceType type() {
        return type;
    }

    byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }

    public int size() {
        return content.length;
    }
}
