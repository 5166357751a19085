package io.muster.incident.escalation;

import java.util.Arrays;

/**
 * Puts a fan-out's people about in PostgreSQL's order of their ids, so that their recipient rows
 * enter the primary key and the person index in order instead of at 100,000 random places (and
 * their time-ordered notification ids follow the same order). The order only helps the indexes'
 * locality, so it is approximate: it sorts on the ids' first 44 bits, in primitive longs (a few
 * milliseconds for 100,000 people; a comparator over the objects took a quarter of a second).
 */
final class PersonOrder {

    private static final int INDEX_BITS = 20;
    private static final int MOST = 1 << INDEX_BITS;

    private PersonOrder() {}

    static void sort(Contact[] people) {
        if (people.length < 2 || people.length > MOST) {
            return;
        }
        long[] keys = new long[people.length];
        for (int i = 0; i < people.length; i++) {
            // unsigned order: flip the sign bit, keep the top 44 bits, and the index below them
            long high = people[i].personId().getMostSignificantBits() ^ Long.MIN_VALUE;
            keys[i] = (high >>> INDEX_BITS) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        Contact[] unsorted = people.clone();
        for (int i = 0; i < keys.length; i++) {
            people[i] = unsorted[(int) (keys[i] & (MOST - 1))];
        }
    }
}
