package io.muster.simulator;

import java.util.List;
import java.util.Objects;

/**
 * What a scripted caller does, in order: the keys it presses at each {@code <Gather>}, the words it says into
 * each {@code <Record>}, a silence (no input: the verb times out), or hanging up. A script that runs out stays
 * silent, so the application's own no-input path ends the call.
 */
public record CallScript(List<Step> steps) {

    public CallScript {
        steps = List.copyOf(steps);
    }

    public static CallScript of(Step... steps) {
        return new CallScript(List.of(steps));
    }

    /** What the caller does when the call next waits for it. */
    public enum Action {
        PRESS,
        SAY,
        SILENCE,
        HANG_UP
    }

    /** One step; {@code value} is the digits pressed or the words said. */
    public record Step(Action action, String value) {

        public Step {
            Objects.requireNonNull(action, "action");
            value = value == null ? "" : value;
            if ((action == Action.PRESS || action == Action.SAY) && value.isBlank()) {
                throw new IllegalArgumentException(action + " needs a value");
            }
            if (action == Action.PRESS && !value.matches("[0-9*#w]{1,40}")) {
                throw new IllegalArgumentException("keys must be 0-9, * or # (at most 40)");
            }
            if (value.length() > 2000) {
                throw new IllegalArgumentException("at most 2000 characters per step");
            }
        }

        public static Step press(String digits) {
            return new Step(Action.PRESS, digits);
        }

        public static Step say(String words) {
            return new Step(Action.SAY, words);
        }

        public static Step silence() {
            return new Step(Action.SILENCE, "");
        }

        public static Step hangUp() {
            return new Step(Action.HANG_UP, "");
        }
    }
}
