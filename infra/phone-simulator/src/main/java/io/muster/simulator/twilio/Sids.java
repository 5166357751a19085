package io.muster.simulator.twilio;

import java.util.concurrent.ThreadLocalRandom;

/** Twilio-shaped resource ids: a two-letter prefix and 32 lowercase hex digits. */
public final class Sids {

    private Sids() {}

    public static String next(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return prefix + hex(random.nextLong()) + hex(random.nextLong());
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
