package uk.gov.hmicfrs.findings.progress;

import java.util.Set;

/** The file types accepted as evidence, with the extensions a file of that type may carry. */
public enum EvidenceType {
    PDF("application/pdf", Set.of("pdf")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
    DOC("application/msword", Set.of("doc")),
    XLS("application/vnd.ms-excel", Set.of("xls"));

    private final String contentType;
    private final Set<String> extensions;

    EvidenceType(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    boolean allowsExtension(String extension) {
        return extensions.contains(extension);
    }
}
