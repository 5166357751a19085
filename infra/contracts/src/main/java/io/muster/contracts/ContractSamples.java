package io.muster.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Golden JSON samples of the events on Muster's topics. Publishers check that their records
 * serialise to exactly this shape; consumers check that they read it.
 */
public final class ContractSamples {

    private ContractSamples() {}

    /** The sample of {@code event} at {@code version}, e.g. {@code json("NotificationRequested", 1)}. */
    public static String json(String event, int version) {
        return read("/contracts/events/" + event + ".v" + version + ".json");
    }

    /**
     * A variant of the sample showing an optional field in use, e.g. {@code json("NotificationRequested", 1,
     * "bridge")}: the same event with {@code "bridge": true}. Publishers that never set the field keep matching
     * the plain sample.
     */
    public static String json(String event, int version, String variant) {
        return read("/contracts/events/" + event + ".v" + version + "." + variant + ".json");
    }

    private static String read(String path) {
        try (InputStream in = ContractSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
