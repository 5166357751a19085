package io.muster.gateway.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Append-only segment files in one directory that only this instance uses (a lock file says so). Each record is
 * {@code length, CRC-32, bytes}, forced to disk before {@link #append} returns; a new segment's directory entry
 * is forced too. Appends always go to a segment this instance opened: what a crash left behind (possibly with a
 * torn last record) is only ever read, never appended to. The replayer {@link #roll}s, reads the sealed
 * segments ({@link SpoolSegment}) and deletes each once it is replayed.
 */
final class SpoolFile implements Closeable {

    static final int HEADER = Integer.BYTES * 2;
    static final long SEGMENT_SIZE = 8L * 1024 * 1024;
    private static final String PREFIX = "spool-";
    private static final String SUFFIX = ".log";

    /** What came of an {@link #append}. */
    enum Appended {
        APPENDED,
        /** the spool holds nothing and the caller asked to append only behind earlier entries */
        EMPTY,
        FULL
    }

    private final Path directory;
    private final long maxBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private @Nullable FileChannel active;
    private long activeBytes;
    private long nextSequence;
    private long bytes;
    private long entries;

    SpoolFile(Path directory, long maxBytes) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.maxBytes = maxBytes;
        this.lockChannel =
                FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock locked = tryLock(lockChannel);
        if (locked == null) {
            lockChannel.close();
            throw new IOException("The spool directory " + directory + " is in use by another instance");
        }
        this.lock = locked;
        for (Path segment : segments()) {
            bytes += Files.size(segment);
            entries += SpoolSegment.read(segment).records().size();
            nextSequence = Math.max(nextSequence, sequence(segment) + 1);
        }
    }

    /** The directory's lock, or null when another process (or another context of this JVM) holds it. */
    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /**
     * Appends a record and forces it to disk. With {@code onlyBehindEarlier}, appends only if the spool already
     * holds entries (so a webhook never overtakes the ones spooled before it) and answers EMPTY otherwise.
     */
    synchronized Appended append(byte[] record, boolean onlyBehindEarlier) throws IOException {
        if (onlyBehindEarlier && bytes == 0 && active == null) {
            return Appended.EMPTY;
        }
        long size = HEADER + (long) record.length;
        if (bytes + size > maxBytes) {
            return Appended.FULL;
        }
        FileChannel channel = activeSegment();
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        buffer.putInt(record.length)
                .putInt(SpoolSegment.checksum(record))
                .put(record)
                .flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
        activeBytes += size;
        bytes += size;
        entries++;
        return Appended.APPENDED;
    }

    /** Seals the segment being appended to (the next append starts a new one) and lists every segment, oldest first. */
    synchronized List<Path> roll() throws IOException {
        closeActive();
        return segments();
    }

    /** Deletes a replayed segment that held {@code records} records. */
    synchronized void delete(Path segment, int records) throws IOException {
        long size = Files.size(segment);
        Files.delete(segment);
        bytes -= size;
        entries -= records;
    }

    synchronized boolean holdsEntries() {
        return bytes > 0 || active != null;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long entries() {
        return entries;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    public synchronized void close() throws IOException {
        closeActive();
        lock.release();
        lockChannel.close();
    }

    private FileChannel activeSegment() throws IOException {
        if (active != null && activeBytes >= SEGMENT_SIZE) {
            closeActive();
        }
        if (active == null) {
            Path segment = directory.resolve(PREFIX + String.format("%020d", nextSequence++) + SUFFIX);
            active = FileChannel.open(segment, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            activeBytes = 0;
            forceDirectory();
        }
        return active;
    }

    private void closeActive() throws IOException {
        if (active != null) {
            active.close();
            active = null;
        }
    }

    /** Makes a new segment's directory entry durable, so a crash cannot lose a file whose records were forced. */
    private void forceDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory; Linux, where the gateway runs, can
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(SpoolFile::isSegment).sorted().toList();
        }
    }

    private static boolean isSegment(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    private static long sequence(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }
}
