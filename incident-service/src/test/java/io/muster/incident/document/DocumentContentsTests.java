package io.muster.incident.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DocumentContentsTests {

    @Test
    void withADirectoryTheBytesAreAFileNamedByTheDocumentId(@TempDir Path directory) {
        var contents =
                new DocumentContents(new DocumentsProperties(DataSize.ofMegabytes(1), 10, directory.resolve("docs")));
        UUID id = UUID.randomUUID();

        String stored = contents.store(id, new byte[] {1, 2, 3});

        assertThat(contents.inDatabase()).isFalse();
        assertThat(stored).isEqualTo(id.toString());
        assertThat(Files.exists(directory.resolve("docs").resolve(id.toString())))
                .isTrue();
        assertThat(contents.read(stored)).containsExactly(1, 2, 3);
    }

    @Test
    void withoutADirectoryTheBytesStayForTheDatabase() {
        var contents = new DocumentContents(new DocumentsProperties(DataSize.ofMegabytes(1), 10, null));

        assertThat(contents.inDatabase()).isTrue();
        assertThat(contents.store(UUID.randomUUID(), new byte[] {1})).isNull();
    }
}
