package io.muster.notifier.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares rendered texts with a golden file byte for byte. The file lists each text under a "### name" line.
 * On a difference the rendering is written to target/golden/ for a diff; a golden file changes only by hand.
 */
public final class Golden {

    private Golden() {}

    public static void assertMatches(String file, Map<String, String> texts) {
        StringBuilder rendered = new StringBuilder();
        texts.forEach((name, text) ->
                rendered.append("### ").append(name).append('\n').append(text).append('\n'));
        String actual = rendered.toString();
        String expected = read(file);
        if (!actual.equals(expected)) {
            write(file, actual);
        }
        assertThat(actual)
                .as("golden/%s (the rendering is in target/golden/%s)", file, file)
                .isEqualTo(expected);
    }

    private static String read(String file) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, String text) {
        try {
            Path target = Path.of("target", "golden", file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
