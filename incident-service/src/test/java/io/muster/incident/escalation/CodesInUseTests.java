package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodesInUseTests {

    private final CodesInUse inUse = new CodesInUse();

    @Test
    void everyoneGetsTheSmallestCodeFromTenThatNoneOfTheirIncidentsInUseHolds() {
        UUID ada = UUID.randomUUID(), ben = UUID.randomUUID(), cleo = UUID.randomUUID(), nobody = UUID.randomUUID();
        inUse.mark(ada, "10");
        inUse.mark(ada, "11");
        inUse.mark(ben, "11");
        inUse.mark(cleo, "10");
        inUse.mark(cleo, "12");

        ReplyCodes.Assigned codes = inUse.assigned();

        assertThat(codes.of(ada)).isEqualTo("12");
        assertThat(codes.of(ben)).isEqualTo("10");
        assertThat(codes.of(cleo)).isEqualTo("11");
        assertThat(codes.of(nobody)).isEqualTo("10");
    }

    @Test
    void aPersonWithNinetyIncidentsInUseGetsThreeDigits() {
        UUID busy = UUID.randomUUID();
        IntStream.rangeClosed(10, 99).forEach(code -> inUse.mark(busy, Integer.toString(code)));

        assertThat(inUse.assigned().of(busy)).isEqualTo("100");
    }

    @Test
    void whenMostPeopleShareTheirNextCodeItIsTheirsWithoutAnEntryOfTheirOwn() {
        UUID odd = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            inUse.mark(UUID.randomUUID(), "10");
        }
        inUse.mark(odd, "11");

        ReplyCodes.Assigned codes = inUse.assigned();

        assertThat(codes.usual()).isEqualTo("11");
        assertThat(codes.exceptions()).containsOnlyKeys(odd);
        assertThat(codes.of(odd)).isEqualTo("10");
    }

    @Test
    void codesThatAreNoNumbersFromTenUpAreIgnored() {
        UUID ada = UUID.randomUUID();
        inUse.mark(ada, "0");
        inUse.mark(ada, "x");

        assertThat(inUse.assigned().of(ada)).isEqualTo("10");
    }
}
