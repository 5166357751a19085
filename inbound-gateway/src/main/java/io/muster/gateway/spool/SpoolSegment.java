package io.muster.gateway.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The records of one spool segment, read back: those whose checksum holds, in the order they were written. A
 * record whose checksum fails (a torn or damaged write) is skipped and the reading goes on after it; a length
 * that runs past the end of the file (a crash mid-write) ends the segment. Each is described in {@code damage}.
 */
record SpoolSegment(Path path, List<byte[]> records, List<String> damage) {

    static SpoolSegment read(Path path) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(path));
        List<byte[]> records = new ArrayList<>();
        List<String> damage = new ArrayList<>();
        while (file.hasRemaining()) {
            int at = file.position();
            if (file.remaining() < SpoolFile.HEADER) {
                damage.add("truncated record header at byte " + at + " (" + file.remaining() + " bytes skipped)");
                break;
            }
            int length = file.getInt();
            int checksum = file.getInt();
            if (length <= 0 || length > file.remaining()) {
                damage.add("truncated record at byte " + at + " (" + (file.remaining() + SpoolFile.HEADER)
                        + " bytes skipped)");
                break;
            }
            byte[] record = new byte[length];
            file.get(record);
            if (checksum(record) == checksum) {
                records.add(record);
            } else {
                damage.add("corrupt record at byte " + at + " (" + length + " bytes, checksum mismatch) skipped");
            }
        }
        return new SpoolSegment(path, List.copyOf(records), List.copyOf(damage));
    }

    static int checksum(byte[] record) {
        CRC32 crc = new CRC32();
        crc.update(record);
        return (int) crc.getValue();
    }
}
