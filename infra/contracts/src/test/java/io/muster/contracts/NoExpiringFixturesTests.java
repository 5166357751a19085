package io.muster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against fixtures that expire. A literal date that is still in the future is a time bomb: the
 * day it passes, a test that compares it with the real clock changes its verdict (a golden sample's
 * {@code expiresAt} did exactly that). Tests take their times relative to now, or from a fixed
 * {@code Clock} with dates in the past; this test fails the day such a date is written, not a year later.
 * A date from 2100 on stands for "never" (golden samples' {@code expiresAt}: 2106-01-01, within the answer
 * token's unsigned 32-bit seconds) and is not matched: no test outlives it.
 */
class NoExpiringFixturesTests {

    private static final Pattern DATE = Pattern.compile("(?<![0-9])(20[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])");
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void noTestSourceOrEventSampleHoldsADateThatIsStillInTheFuture() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> future = new ArrayList<>();
        for (Path file : fixtureFiles()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher date = DATE.matcher(lines.get(i));
                while (date.find()) {
                    if (parse(date).filter(d -> d.isAfter(today)).isPresent()) {
                        future.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + date.group());
                    }
                }
            }
        }
        assertThat(future)
                .as("future dates in fixtures (use a time relative to now, or a fixed Clock in the past)")
                .isEmpty();
    }

    @Test
    void theScanSeesTheGoldenSamplesAndTheTestSources() {
        assertThat(fixtureFiles())
                .anyMatch(file -> file.endsWith("NotificationRequested.v1.json"))
                .anyMatch(file -> file.endsWith("NoExpiringFixturesTests.java"));
    }

    private static Optional<LocalDate> parse(Matcher date) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Test sources and resources of every module, and the golden event samples. */
    private static List<Path> fixtureFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("/target/")
                            && !file.toString().contains("/.git/"))
                    .filter(file -> file.toString().contains("/src/test/")
                            || file.toString().contains("/contracts/src/main/resources/"))
                    .filter(file ->
                            file.toString().endsWith(".java") || file.toString().endsWith(".json"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
