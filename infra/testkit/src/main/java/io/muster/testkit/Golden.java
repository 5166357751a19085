package io.muster.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the exact words (or pages) people receive, pinned byte for byte in
 * {@code src/test/resources/golden/<name>.txt}, so moving where a text lives cannot change one character.
 * On a difference the actual text is written to {@code target/golden/<name>.txt} to compare.
 */
public final class Golden {

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        String expected = read(name);
        if (!actual.equals(expected)) {
            try {
                Path out = Path.of("target/golden", name + ".txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(actual).as("golden/%s.txt", name).isEqualTo(expected);
    }

    private static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name + ".txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
