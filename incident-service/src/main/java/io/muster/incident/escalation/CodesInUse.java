package io.muster.incident.escalation;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The reply codes that other incidents still use, of the people who have any, and the smallest free
 * code of each: a bit per code from 10 (codes 10 to 73 in one long, the rare person with more in a
 * set of their own), so that 100,000 people cost 100,000 map entries and no other object.
 */
final class CodesInUse {

    private static final int IN_MASK = Long.SIZE;

    private final Map<UUID, Long> masks = new HashMap<>();
    private final Map<UUID, BitSet> more = new HashMap<>();

    void mark(UUID person, String code) {
        int bit = parse(code) - ReplyCodes.FIRST_CODE;
        if (bit < 0) {
            return;
        }
        masks.merge(person, bit < IN_MASK ? 1L << bit : 0L, (a, b) -> a | b);
        if (bit >= IN_MASK) {
            more.computeIfAbsent(person, p -> new BitSet()).set(bit);
        }
    }

    int size() {
        return masks.size();
    }

    /**
     * Each person's smallest free code. The most common one (if more than half of them share it)
     * is the usual code of those people, so that when everybody's last incident just closed
     * (everyone's next code is 11) nobody needs an entry of their own.
     */
    ReplyCodes.Assigned assigned() {
        Map<Integer, Integer> counts = new HashMap<>();
        masks.forEach((person, mask) -> counts.merge(smallestFree(person, mask), 1, Integer::sum));
        int usual = counts.entrySet().stream()
                .filter(e -> e.getValue() * 2L > masks.size())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(ReplyCodes.FIRST_CODE);
        Map<UUID, String> exceptions = new HashMap<>();
        masks.forEach((person, mask) -> {
            int code = smallestFree(person, mask);
            if (code != usual) {
                exceptions.put(person, Integer.toString(code));
            }
        });
        return new ReplyCodes.Assigned(Integer.toString(usual), exceptions, masks.keySet());
    }

    private int smallestFree(UUID person, long mask) {
        if (mask != -1L) {
            return ReplyCodes.FIRST_CODE + Long.numberOfTrailingZeros(~mask);
        }
        BitSet used = (BitSet) more.getOrDefault(person, new BitSet()).clone();
        used.set(0, IN_MASK);
        return ReplyCodes.FIRST_CODE + used.nextClearBit(0);
    }

    private static int parse(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
