package io.muster.incident.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written table-of-contents reader against the JDK's {@link ZipFile}, which it stands in for. */
class ZipDirectoryTests {

    @TempDir
    Path directory;

    @Test
    void readsTheSameNamesAndSizesAsTheJdk() throws IOException {
        for (byte[] archive : List.of(
                SampleDocuments.docx(), SampleDocuments.xlsx(), SampleDocuments.odt(), withCommentAndManyEntries())) {
            assertThat(sizesByName(ZipDirectory.read(archive, 2000).orElseThrow()))
                    .isEqualTo(jdk(archive));
        }
    }

    @Test
    void readsAStoredEntryAsItIs() {
        var odt = ZipDirectory.read(SampleDocuments.odt(), 10).orElseThrow();
        assertThat(odt.stored(odt.entries().getFirst(), 100))
                .map(bytes -> new String(bytes, StandardCharsets.US_ASCII))
                .contains("application/vnd.oasis.opendocument.text");
        assertThat(odt.stored(odt.entries().get(1), 100)).isEmpty();
    }

    @Test
    void refusesTruncatedArchivesAndTooManyEntries() {
        byte[] docx = SampleDocuments.docx();
        assertThat(ZipDirectory.read(java.util.Arrays.copyOf(docx, docx.length - 5), 10))
                .isEmpty();
        assertThat(ZipDirectory.read(new byte[] {'P', 'K', 3, 4}, 10)).isEmpty();
        assertThat(ZipDirectory.read(withCommentAndManyEntries(), 10)).isEmpty();
    }

    private static Map<String, Long> sizesByName(ZipDirectory archive) {
        return archive.entries().stream().collect(Collectors.toMap(ZipDirectory.Entry::name, ZipDirectory.Entry::size));
    }

    private Map<String, Long> jdk(byte[] archive) throws IOException {
        Path file = Files.write(Files.createTempFile(directory, "archive", ".zip"), archive);
        try (var zip = new ZipFile(file.toFile())) {
            return zip.stream().collect(Collectors.toMap(ZipEntry::getName, ZipEntry::getSize));
        }
    }

    private static byte[] withCommentAndManyEntries() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setComment("a comment after the central directory");
            for (int i = 0; i < 50; i++) {
                zip.putNextEntry(new ZipEntry("dir/entry-" + i + ".xml"));
                zip.write(("<x>" + "y".repeat(i * 10) + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
