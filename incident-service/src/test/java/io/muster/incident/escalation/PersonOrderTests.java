package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonOrderTests {

    @Test
    void putsPeopleInPostgresqlsUnsignedOrderOfTheirIdsAndLosesNobody() {
        Random random = new Random(7);
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            people.add(person(new UUID(random.nextLong(), random.nextLong())));
        }
        people.add(person(new UUID(0x8000_0000_0000_0000L, 1))); // negative as a signed long: after the rest
        people.add(person(new UUID(0x0000_0000_0000_0001L, 1)));
        Collections.shuffle(people, random);
        Contact[] sorted = people.toArray(Contact[]::new);

        PersonOrder.sort(sorted);

        assertThat(sorted).containsExactlyInAnyOrderElementsOf(people);
        for (int i = 1; i < sorted.length; i++) {
            long before = sorted[i - 1].personId().getMostSignificantBits() >>> 20;
            long after = sorted[i].personId().getMostSignificantBits() >>> 20;
            assertThat(Long.compareUnsigned(before, after)).isLessThanOrEqualTo(0);
        }
        assertThat(sorted[0].personId().getMostSignificantBits()).isEqualTo(1);
    }

    private static Contact person(UUID id) {
        return new Contact(
                id,
                "E",
                "Name",
                "en",
                "+15550000000",
                null,
                List.of("SMS"),
                ZoneOffset.UTC,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of());
    }
}
