package io.muster.notifier.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.kafka.Failures.Kind;
import org.junit.jupiter.api.Test;

/** How the consumers treat a failure, by what the failure (or a cause of it) says it is. */
class FailuresTests {

    @Test
    void aDependencyAFeatureMarksAsAwayIsWaitedOut() {
        assertThat(Failures.classify(new BrokerAway())).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void soIsAFailureCausedByOne() {
        assertThat(Failures.classify(new IllegalStateException("listener failed", new BrokerAway())))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aRecordThatCanNeverBeProcessedIsPermanent() {
        assertThat(Failures.classify(new UnprocessableRecord("no channels"))).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void anUnmarkedFailureIsUnknown() {
        assertThat(Failures.classify(new IllegalStateException("a bug"))).isEqualTo(Kind.UNKNOWN);
    }

    /** Stands for a feature's exception, such as the outcome the broker did not acknowledge. */
    private static final class BrokerAway extends RuntimeException implements DependencyOutage {

        BrokerAway() {
            super("outcome not acknowledged");
        }
    }
}
