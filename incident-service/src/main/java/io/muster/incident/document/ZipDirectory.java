package io.muster.incident.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of contents of a ZIP archive (DOCX, XLSX and ODT are ZIP containers), read from its
 * central directory at the end of the bytes: names and declared sizes only, nothing is inflated, so a
 * zip bomb costs no more than its own bytes. A stored (uncompressed) entry's bytes can be read as
 * they are. ZIP64 archives (4 GB and up) are not read: no office document of ours is one.
 */
final class ZipDirectory {

    /** One entry: its name, how it is stored, its sizes and where its local header is. */
    record Entry(String name, int method, long compressedSize, long size, long localHeader) {}

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_LENGTH = 22;
    private static final int STORED = 0;

    private final ByteBuffer bytes;
    private final List<Entry> entries;

    private ZipDirectory(ByteBuffer bytes, List<Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The archive's entries, or empty when the bytes hold no readable central directory (or more than {@code maxEntries}). */
    static Optional<ZipDirectory> read(byte[] archive, int maxEntries) {
        ByteBuffer bytes = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(bytes);
        if (end < 0) return Optional.empty();
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        if (count > maxEntries || offset >= end) return Optional.empty();
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || bytes.getInt(at) != ENTRY_SIGNATURE) return Optional.empty();
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int skip = nameLength
                    + Short.toUnsignedInt(bytes.getShort(at + 30))
                    + Short.toUnsignedInt(bytes.getShort(at + 32));
            if (at + 46 + nameLength > end) return Optional.empty();
            entries.add(new Entry(
                    new String(archive, at + 46, nameLength, StandardCharsets.UTF_8),
                    Short.toUnsignedInt(bytes.getShort(at + 10)),
                    Integer.toUnsignedLong(bytes.getInt(at + 20)),
                    Integer.toUnsignedLong(bytes.getInt(at + 24)),
                    Integer.toUnsignedLong(bytes.getInt(at + 42))));
            at += 46 + skip;
        }
        return Optional.of(new ZipDirectory(bytes, List.copyOf(entries)));
    }

    List<Entry> entries() {
        return entries;
    }

    /** The sum of the sizes the entries declare they inflate to. */
    long declaredSize() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    /** The bytes of a stored entry, at most {@code max}; empty when it is compressed or out of bounds. */
    Optional<byte[]> stored(Entry entry, int max) {
        long header = entry.localHeader();
        if (entry.method() != STORED || header + 30 > bytes.limit() || bytes.getInt((int) header) != LOCAL_SIGNATURE) {
            return Optional.empty();
        }
        long data = header
                + 30
                + Short.toUnsignedInt(bytes.getShort((int) header + 26))
                + Short.toUnsignedInt(bytes.getShort((int) header + 28));
        int length = (int) Math.min(max, entry.compressedSize());
        if (data + length > bytes.limit()) return Optional.empty();
        byte[] content = new byte[length];
        bytes.get((int) data, content);
        return Optional.of(content);
    }

    // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
    private static int endRecord(ByteBuffer bytes) {
        int last = bytes.limit() - END_LENGTH;
        for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
            if (bytes.getInt(at) == END_SIGNATURE
                    && at + END_LENGTH + Short.toUnsignedInt(bytes.getShort(at + 20)) == bytes.limit()) {
                return at;
            }
        }
        return -1;
    }
}
