package io.muster.incident.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real documents of each accepted type. */
final class SampleDocuments {

    private SampleDocuments() {}

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    static byte[] xlsx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    static byte[] odt() {
        return zip(
                true,
                "mimetype",
                "application/vnd.oasis.opendocument.text",
                "content.xml",
                "<office:document-content/>");
    }

    /** Entries as name, content pairs; ODT stores its first entry (mimetype) uncompressed. */
    private static byte[] zip(boolean firstStored, String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(entries[i]);
                if (firstStored && i == 0) {
                    var crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A DOCX-named zip bomb: {@code [Content_Types].xml}, then {@code word/document.xml} deflating to
     * {@code megabytes} of zeros (about a thousandth of that in bytes), with its true CRC. Built from
     * one repeated deflate block, so making it costs no inflating or deflating of the whole.
     */
    static byte[] docxBomb(int megabytes) {
        byte[] zeros = new byte[1 << 20];
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(deflater, zeros);
        byte[] steady = flushed(deflater, zeros);
        var data = new ByteArrayOutputStream();
        data.writeBytes(first);
        var crc = new CRC32();
        crc.update(zeros);
        for (int i = 1; i < megabytes; i++) {
            data.writeBytes(steady);
            crc.update(zeros);
        }
        deflater.finish();
        byte[] end = new byte[64];
        data.write(end, 0, deflater.deflate(end));
        return archive(
                stored("[Content_Types].xml", "<Types/>"),
                new RawEntry(
                        "word/document.xml",
                        ZipEntry.DEFLATED,
                        crc.getValue(),
                        data.toByteArray(),
                        (long) megabytes << 20));
    }

    /** A DOCX whose entries say they are deflated but whose bytes are no deflate stream at all. */
    static byte[] docxThatCannotBeInflated() {
        byte[] garbage = new byte[64];
        Arrays.fill(garbage, (byte) 0xFF);
        return archive(
                new RawEntry("[Content_Types].xml", ZipEntry.DEFLATED, 0, garbage, 500),
                new RawEntry("word/document.xml", ZipEntry.DEFLATED, 0, garbage, 500));
    }

    /** One entry of {@link #archive}, its data already in the form its method says. */
    record RawEntry(String name, int method, long crc, byte[] data, long size) {}

    static RawEntry stored(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        var crc = new CRC32();
        crc.update(bytes);
        return new RawEntry(name, ZipEntry.STORED, crc.getValue(), bytes, bytes.length);
    }

    /** A ZIP archive (local headers, data, central directory, end record) written byte by byte. */
    static byte[] archive(RawEntry... entries) {
        var out = new ByteArrayOutputStream();
        var central = new ByteArrayOutputStream();
        for (RawEntry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(header(0x04034b50, entry, name, -1));
            out.writeBytes(name);
            out.writeBytes(entry.data());
            central.writeBytes(header(0x02014b50, entry, name, offset));
            central.writeBytes(name);
        }
        int centralAt = out.size();
        out.writeBytes(central.toByteArray());
        out.writeBytes(ByteBuffer.allocate(22)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) entries.length)
                .putShort((short) entries.length)
                .putInt(central.size())
                .putInt(centralAt)
                .putShort((short) 0)
                .array());
        return out.toByteArray();
    }

    // A local header (offset -1) or a central directory entry, without the name.
    private static byte[] header(int signature, RawEntry entry, byte[] name, int offset) {
        var header = ByteBuffer.allocate(offset < 0 ? 30 : 46).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(signature);
        if (offset >= 0) header.putShort((short) 20);
        header.putShort((short) 20)
                .putShort((short) 0)
                .putShort((short) entry.method())
                .putInt(0)
                .putInt((int) entry.crc())
                .putInt(entry.data().length)
                .putInt((int) entry.size())
                .putShort((short) name.length)
                .putShort((short) 0);
        if (offset >= 0) {
            header.putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offset);
        }
        return header.array();
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }
}
