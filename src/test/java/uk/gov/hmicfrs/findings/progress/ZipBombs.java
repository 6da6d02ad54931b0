package uk.gov.hmicfrs.findings.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips that look like Office documents and inflate to far more than they weigh. Test data, not real files. */
final class ZipBombs {

    private static final int MEGABYTE = 1024 * 1024;

    private ZipBombs() {
    }

    /**
     * A "Word document" of about {@code megabytesInflated / 1000} MB whose document.xml inflates to
     * {@code megabytesInflated} MB of zeros: the same fully flushed deflate block of one megabyte of
     * zeros, again and again, so making it costs no inflating either.
     */
    static byte[] docx(long megabytesInflated) throws IOException {
        byte[] block = fullyFlushedZeros();
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[MEGABYTE];
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (long i = 0; i < megabytesInflated; i++) {
            raw.write(block);
            crc.update(zeros);
        }
        raw.write(new byte[] {0x03, 0x00}); // an empty final block
        byte[] deflated = raw.toByteArray();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setUseZip64(Zip64Mode.Always);
            stored(zip, "[Content_Types].xml", "<Types/>");
            ZipArchiveEntry document = new ZipArchiveEntry("word/document.xml");
            document.setMethod(ZipArchiveEntry.DEFLATED);
            document.setSize(megabytesInflated * MEGABYTE);
            document.setCompressedSize(deflated.length);
            document.setCrc(crc.getValue());
            zip.addRawArchiveEntry(document, new ByteArrayInputStream(deflated));
        }
        return out.toByteArray();
    }

    private static byte[] fullyFlushedZeros() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[MEGABYTE]);
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static void stored(ZipArchiveOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        zip.putArchiveEntry(entry);
        zip.write(bytes);
        zip.closeArchiveEntry();
    }
}
