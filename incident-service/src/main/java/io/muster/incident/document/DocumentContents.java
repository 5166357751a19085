package io.muster.incident.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where document bytes live: a file named by the document's id in {@code muster.documents.directory}
 * (so no uploaded name ever reaches the file system), or nowhere here, meaning the bytea column.
 */
@Component
class DocumentContents {

    private final @Nullable Path directory;

    DocumentContents(DocumentsProperties properties) {
        this.directory = properties.directory();
    }

    boolean inDatabase() {
        return directory == null;
    }

    /** Writes the file (directory storage) and returns its stored path, or null for the database. */
    @Nullable
    String store(UUID id, byte[] bytes) {
        if (directory == null) return null;
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(id.toString());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return id.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store document " + id, e);
        }
    }

    byte[] read(String storedPath) {
        if (directory == null) {
            throw new IllegalStateException(
                    "Document stored in a directory, but muster.documents.directory is not set");
        }
        try {
            return Files.readAllBytes(
                    directory.resolve(UUID.fromString(storedPath).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + storedPath, e);
        }
    }
}
