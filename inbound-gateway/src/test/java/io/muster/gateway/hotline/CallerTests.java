package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallerTests {

    private final UUID ada = UUID.randomUUID();

    @Test
    void oneNumberOfOnePersonIdentifiesThem() {
        var caller = Caller.from(List.of(incidentOf(ada), incidentOf(ada)));

        assertThat(caller).hasValueSatisfying(c -> {
            assertThat(c.personId()).isEqualTo(ada);
            assertThat(c.severalIncidents()).isTrue();
        });
    }

    @Test
    void aNumberSharedByTwoPeopleIdentifiesNobody() {
        assertThat(Caller.from(List.of(incidentOf(ada), incidentOf(UUID.randomUUID()))))
                .isEmpty();
        assertThat(Caller.from(List.of())).isEmpty();
    }

    @Test
    void theChoiceMenuCountsFromOneAndIgnoresKeysItDidNotOffer() {
        CallerIncident first = incidentOf(ada);
        CallerIncident second = incidentOf(ada);
        Caller caller = Caller.from(List.of(first, second)).orElseThrow();

        assertThat(caller.choice("1")).contains(first);
        assertThat(caller.choice("2")).contains(second);
        assertThat(caller.choice("3")).isEmpty();
        assertThat(caller.choice("0")).isEmpty();
        assertThat(caller.choice("12")).isEmpty();
        assertThat(caller.choice("")).isEmpty();
    }

    private static CallerIncident incidentOf(UUID person) {
        return new CallerIncident(
                person, UUID.randomUUID(), UUID.randomUUID(), false, "Fire", null, null, Instant.now(), "en", true);
    }
}
