package io.muster.local;

import java.time.Duration;
import java.util.List;

/**
 * One fault during a fan-out: which parts (one, or one instance of each service), what happens to them
 * ({@code kill -9} and an immediate start with the same command; a graceful stop and an immediate start; or
 * an outage: stopped, then started after {@code downtime}), and when; optionally a second fault ({@code then})
 * once the first one's parts serve again. A run without a fault is the baseline: what the same fan-out does
 * on the same box when nothing fails.
 */
record FaultScenario(List<String> parts, Fault fault, Trigger at, Duration downtime, FaultScenario then) {

    FaultScenario {
        parts = List.copyOf(parts);
    }

    enum Fault {
        NONE,
        KILL,
        STOP,
        OUTAGE
    }

    /** When the fault strikes: some time after the declaration's 201, or once a share of the phones got there. */
    record Trigger(Kind kind, double share, Duration delay) {

        enum Kind {
            DECLARED,
            ALERTED,
            ANSWERED
        }

        static Trigger afterDeclared(Duration delay) {
            return new Trigger(Kind.DECLARED, 0, delay);
        }

        static Trigger alerted(double share) {
            return new Trigger(Kind.ALERTED, share, Duration.ZERO);
        }

        static Trigger answered(double share) {
            return new Trigger(Kind.ANSWERED, share, Duration.ZERO);
        }

        String label() {
            return switch (kind) {
                case DECLARED -> "%.1f s after the 201".formatted(delay.toMillis() / 1000.0);
                case ALERTED -> "at %.0f%% alerted".formatted(share * 100);
                case ANSWERED -> "at %.0f%% answered".formatted(share * 100);
            };
        }
    }

    static FaultScenario none(Trigger at) {
        return new FaultScenario(List.of(), Fault.NONE, at, Duration.ZERO, null);
    }

    static FaultScenario kill(String part, Trigger at) {
        return kill(List.of(part), at);
    }

    /** {@code kill -9} of every one of the parts at once (e.g. one instance of each service), then their start. */
    static FaultScenario kill(List<String> parts, Trigger at) {
        return new FaultScenario(parts, Fault.KILL, at, Duration.ZERO, null);
    }

    /** A graceful stop (SIGTERM) of each of the parts, then their start: what a rolling restart does. */
    static FaultScenario stop(List<String> parts, Trigger at) {
        return new FaultScenario(parts, Fault.STOP, at, Duration.ZERO, null);
    }

    static FaultScenario outage(String part, Duration downtime, Trigger at) {
        return new FaultScenario(List.of(part), Fault.OUTAGE, at, downtime, null);
    }

    /** This fault, and {@code next} once this one's parts serve again. */
    FaultScenario then(FaultScenario next) {
        return new FaultScenario(parts, fault, at, downtime, next);
    }

    String label() {
        String parts = String.join(", ", this.parts);
        String label =
                switch (fault) {
                    case NONE -> "no fault (baseline)";
                    case KILL -> "kill -9 %s %s".formatted(parts, at.label());
                    case STOP -> "stop %s %s".formatted(parts, at.label());
                    case OUTAGE -> "%s down %d s %s".formatted(parts, downtime.toSeconds(), at.label());
                };
        return then == null ? label : label + ", then " + then.label();
    }
}
