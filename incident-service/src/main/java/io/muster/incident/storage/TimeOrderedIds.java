package io.muster.incident.storage;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of epoch milliseconds, then 74 random bits. A fan-out's
 * notification ids then land at the end of the recipients' unique index instead of all over it,
 * and making one costs no lock on a shared SecureRandom. They are identifiers, not secrets: what a
 * person may answer is guarded by the HMAC of the answer token, not by the id being unguessable.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {}

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** PostgreSQL orders uuids as unsigned bytes; {@link UUID#compareTo} compares signed longs. */
    public static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
