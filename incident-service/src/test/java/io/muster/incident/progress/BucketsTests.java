package io.muster.incident.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTests {

    private static final Instant START = Instant.now();

    @Test
    void aLongSpanIsCutIntoTheMostBucketsOfEqualWidth() {
        Buckets buckets = new Buckets(START, START.plus(Duration.ofHours(2)), 120);

        assertThat(buckets.widthSeconds()).isEqualTo(60.0);
        assertThat(buckets.secondsAfter()).hasSize(121).startsWith(0.0, 60.0).endsWith(7200.0);
    }

    @Test
    void noBucketIsShorterThanASecondAndAnEmptySpanStillHasOne() {
        assertThat(new Buckets(START, START.plusSeconds(30), 120).secondsAfter())
                .hasSize(31);
        assertThat(new Buckets(START, START, 120).secondsAfter()).containsExactly(0.0, 1.0);
    }

    @Test
    void aTimeCountsFromTheFirstPointAtOrAfterItAndNeverAgain() {
        Buckets buckets = new Buckets(START, START.plusSeconds(10), 5);

        List<Integer> counts = buckets.cumulative(Arrays.asList(
                START.minusSeconds(3), START.plusSeconds(2), START.plusMillis(2001), null, START.plusSeconds(60)));

        assertThat(counts)
                .as("before the start at 0; 2 s at 2 s; 2.001 s at 4 s; after the end at the end")
                .containsExactly(1, 2, 3, 3, 3, 4);
    }

    @Test
    void pointsOfAnUnevenSpanStayInOrderAndEndAtTheEnd() {
        Buckets buckets = new Buckets(START, START.plusMillis(7777), 3);

        assertThat(buckets.secondsAfter()).containsExactly(0.0, 2.592, 5.185, 7.777);
        assertThat(buckets.cumulative(List.of(START.plusMillis(2592), START.plusMillis(2593), START.plusMillis(7777))))
                .containsExactly(0, 1, 2, 3);
    }
}
