package uk.gov.hmicfrs.findings.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Decides what an uploaded file really is from its first bytes (and, for Office documents, the
 * parts inside the zip), never from its name or the browser's content type. The name's extension
 * must then agree, so that a download opens in the program the name promises.
 */
@Component
public class EvidenceChecker {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final String WRONG_TYPE = "The selected file must be a PDF, Word, Excel, PowerPoint, PNG or JPEG";
    public static final String TOO_LARGE = "The selected file must be smaller than 10MB";
    public static final String EMPTY = "The selected file is empty";
    public static final String EXPANDS_TOO_FAR = "The selected file must be smaller than 200MB when uncompressed";

    /**
     * Office documents are zips. They are judged from the zip's central directory alone, never by
     * inflating an entry: a 10MB "document" can inflate to 10GB. Real documents stay far below both
     * bounds (XML compresses about 10 to 1; images hardly at all).
     */
    static final long MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;
    static final long MAX_COMPRESSION_RATIO = 100;
    private static final int MAX_ENTRIES = 10_000;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The outcome: a checked file, or the GOV.UK error message to show. */
    public record Result(CheckedFile file, String error) {
        public boolean ok() {
            return file != null;
        }
    }

    public Result check(MultipartFile upload) {
        if (upload.getSize() > MAX_BYTES) {
            return new Result(null, TOO_LARGE);
        }
        if (upload.isEmpty()) {
            return new Result(null, EMPTY);
        }
        byte[] content;
        try {
            content = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(upload.getOriginalFilename(), content);
    }

    Result check(String originalName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return new Result(null, TOO_LARGE);
        }
        if (content.length == 0) {
            return new Result(null, EMPTY);
        }
        String fileName = cleanName(originalName);
        if (startsWith(content, ZIP) && expandsTooFar(content)) {
            return new Result(null, EXPANDS_TOO_FAR);
        }
        Optional<EvidenceType> detected = detect(content, extension(fileName));
        if (detected.isEmpty() || !detected.get().allowsExtension(extension(fileName))) {
            return new Result(null, WRONG_TYPE);
        }
        return new Result(new CheckedFile(fileName, detected.get(), content, sha256(content)), null);
    }

    private static Optional<EvidenceType> detect(byte[] content, String extension) {
        if (startsWith(content, PDF)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(content, OLE2)) {
            // Word 97 and Excel 97 share the compound-file container; its directory is not worth
            // parsing here, so the extension picks between the two.
            return switch (extension) {
                case "doc" -> Optional.of(EvidenceType.DOC);
                case "xls" -> Optional.of(EvidenceType.XLS);
                default -> Optional.empty();
            };
        }
        if (startsWith(content, ZIP)) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    /** A zip is an Office document only when it has [Content_Types].xml and the main part of one. */
    private static Optional<EvidenceType> officeOpenXml(byte[] content) {
        boolean contentTypes = false;
        EvidenceType type = null;
        try (ZipFile zip = centralDirectory(content)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> type = EvidenceType.DOCX;
                    case "xl/workbook.xml" -> type = EvidenceType.XLSX;
                    case "ppt/presentation.xml" -> type = EvidenceType.PPTX;
                    default -> { }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(type) : Optional.empty();
    }

    /**
     * Whether a zip's entries, as its central directory gives them, add up past the bounds, or one
     * is compressed more than real documents are. Nothing is inflated. A zip that cannot be read is
     * left to {@link #officeOpenXml}, which refuses it as the wrong type.
     */
    private static boolean expandsTooFar(byte[] content) {
        long uncompressed = 0;
        int entries = 0;
        try (ZipFile zip = centralDirectory(content)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                long size = entry.getSize();
                uncompressed += Math.max(0, size);
                if (++entries > MAX_ENTRIES || size < 0 || uncompressed > MAX_UNCOMPRESSED_BYTES
                        || (size > 1024 * 1024 && size / Math.max(1, entry.getCompressedSize()) > MAX_COMPRESSION_RATIO)) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static ZipFile centralDirectory(byte[] content) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the last path segment and drops control characters; never blank. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "evidence" : name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
