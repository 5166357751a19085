package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseTests {

    @Test
    void theTeamMovesForwardAndMayFallBackFromStableToActive() {
        assertThat(Phase.DECLARED.canMoveTo(Phase.ACTIVE)).isTrue();
        assertThat(Phase.DECLARED.canMoveTo(Phase.STABLE)).isTrue();
        assertThat(Phase.ACTIVE.canMoveTo(Phase.STABLE)).isTrue();
        assertThat(Phase.STABLE.canMoveTo(Phase.ACTIVE)).isTrue();
    }

    @Test
    void nothingGoesBackToDeclaredNorReachesOrLeavesClosedByAChange() {
        for (Phase from : Phase.values()) {
            assertThat(from.canMoveTo(Phase.DECLARED)).isFalse();
            assertThat(from.canMoveTo(Phase.CLOSED)).isFalse();
            assertThat(Phase.CLOSED.canMoveTo(from)).isFalse();
        }
        assertThat(Phase.ACTIVE.canMoveTo(Phase.ACTIVE)).isFalse();
    }
}
