package io.muster.incident.lifecycle;

/**
 * Where the response stands. The team moves it forward (DECLARED → ACTIVE → STABLE, or straight
 * to STABLE); STABLE → ACTIVE is allowed because conditions can worsen again. CLOSED is reached
 * only by closing (which sends the all-clear) and nothing leaves it.
 */
enum Phase {
    DECLARED,
    ACTIVE,
    STABLE,
    CLOSED;

    boolean canMoveTo(Phase target) {
        return switch (this) {
            case DECLARED -> target == ACTIVE || target == STABLE;
            case ACTIVE -> target == STABLE;
            case STABLE -> target == ACTIVE;
            case CLOSED -> false;
        };
    }
}
