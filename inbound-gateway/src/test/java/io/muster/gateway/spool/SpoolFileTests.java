package io.muster.gateway.spool;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool's file: durable records read back in order, a torn tail skipped, a bound, one instance per directory. */
class SpoolFileTests {

    @TempDir
    Path directory;

    @Test
    void recordsAreReadBackInTheOrderTheyWereAppendedAfterTheSpoolIsReopened() throws IOException {
        try (SpoolFile spool = new SpoolFile(directory, 1024 * 1024)) {
            append(spool, "first", "second", "third");
        }
        try (SpoolFile reopened = new SpoolFile(directory, 1024 * 1024)) {
            assertThat(reopened.entries()).isEqualTo(3);
            assertThat(texts(reopened.roll())).containsExactly("first", "second", "third");
        }
    }

    @Test
    void appendsAfterARollGoToANewSegmentAndADeletedSegmentLeavesTheSpoolEmpty() throws IOException {
        try (SpoolFile spool = new SpoolFile(directory, 1024 * 1024)) {
            append(spool, "first");
            List<Path> sealed = spool.roll();
            append(spool, "second");
            assertThat(texts(sealed)).containsExactly("first");

            spool.delete(sealed.getFirst(), 1);
            List<Path> rest = spool.roll();
            assertThat(texts(rest)).containsExactly("second");
            spool.delete(rest.getFirst(), 1);

            assertThat(spool.holdsEntries()).isFalse();
            assertThat(spool.entries()).isZero();
            assertThat(spool.bytes()).isZero();
        }
    }

    @Test
    void aRecordTornByACrashMidWriteIsSkippedWithTheRestKept() throws IOException {
        Path segment;
        try (SpoolFile spool = new SpoolFile(directory, 1024 * 1024)) {
            append(spool, "first", "second");
            segment = spool.roll().getFirst();
        }
        // a crash after the header and part of the body of a third record
        ByteBuffer torn =
                ByteBuffer.allocate(SpoolFile.HEADER + 3).putInt(100).putInt(42).put("thi".getBytes(UTF_8));
        Files.write(segment, torn.array(), StandardOpenOption.APPEND);

        SpoolSegment read = SpoolSegment.read(segment);

        assertThat(read.records()).extracting(r -> new String(r, UTF_8)).containsExactly("first", "second");
        assertThat(read.damage()).singleElement().asString().startsWith("truncated record at byte ");
    }

    @Test
    void aRecordWhoseChecksumFailsIsSkippedAndTheRecordsAfterItAreRead() throws IOException {
        Path segment;
        try (SpoolFile spool = new SpoolFile(directory, 1024 * 1024)) {
            append(spool, "first", "second", "third");
            segment = spool.roll().getFirst();
        }
        byte[] bytes = Files.readAllBytes(segment);
        int secondBody = SpoolFile.HEADER + "first".length() + SpoolFile.HEADER;
        bytes[secondBody] ^= 0x7f;
        Files.write(segment, bytes);

        SpoolSegment read = SpoolSegment.read(segment);

        assertThat(read.records()).extracting(r -> new String(r, UTF_8)).containsExactly("first", "third");
        assertThat(read.damage()).singleElement().asString().contains("checksum mismatch");
    }

    @Test
    void aFullSpoolRefusesTheRecordThatWouldNotFit() throws IOException {
        try (SpoolFile spool = new SpoolFile(directory, 2L * (SpoolFile.HEADER + 5))) {
            assertThat(spool.append(bytes("first"), false)).isEqualTo(SpoolFile.Appended.APPENDED);
            assertThat(spool.append(bytes("second"), false)).isEqualTo(SpoolFile.Appended.FULL);
            assertThat(spool.append(bytes("third"), false)).isEqualTo(SpoolFile.Appended.APPENDED);
            assertThat(spool.append(bytes("x"), false)).isEqualTo(SpoolFile.Appended.FULL);
            assertThat(texts(spool.roll())).containsExactly("first", "third");
        }
    }

    @Test
    void anAppendOnlyBehindEarlierEntriesIsNotMadeWhenTheSpoolIsEmpty() throws IOException {
        try (SpoolFile spool = new SpoolFile(directory, 1024)) {
            assertThat(spool.append(bytes("first"), true)).isEqualTo(SpoolFile.Appended.EMPTY);
            assertThat(spool.holdsEntries()).isFalse();
            spool.append(bytes("first"), false);
            assertThat(spool.append(bytes("second"), true)).isEqualTo(SpoolFile.Appended.APPENDED);
        }
    }

    @Test
    void aSecondInstanceCannotUseADirectoryInUse() throws IOException {
        try (SpoolFile first = new SpoolFile(directory, 1024)) {
            assertThatThrownBy(() -> new SpoolFile(directory, 1024))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("in use by another instance");
        }
    }

    private static void append(SpoolFile spool, String... texts) throws IOException {
        for (String text : texts) {
            assertThat(spool.append(bytes(text), false)).isEqualTo(SpoolFile.Appended.APPENDED);
        }
    }

    private static List<String> texts(List<Path> segments) throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        for (Path segment : segments) {
            SpoolSegment.read(segment).records().forEach(r -> texts.add(new String(r, UTF_8)));
        }
        return texts;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
