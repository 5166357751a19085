package io.muster.local;

import java.time.Duration;

/**
 * One fault during a fan-out: which part, what happens to it ({@code kill -9} and an immediate start with
 * the same command, or an outage: stopped, then started after {@code downtime}), and when. A run without a
 * fault is the baseline: what the same fan-out does on the same box when nothing fails.
 */
record FaultScenario(String part, Fault fault, Trigger at, Duration downtime) {

    enum Fault {
        NONE,
        KILL,
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
        return new FaultScenario("", Fault.NONE, at, Duration.ZERO);
    }

    static FaultScenario kill(String part, Trigger at) {
        return new FaultScenario(part, Fault.KILL, at, Duration.ZERO);
    }

    static FaultScenario outage(String part, Duration downtime, Trigger at) {
        return new FaultScenario(part, Fault.OUTAGE, at, downtime);
    }

    String label() {
        return switch (fault) {
            case NONE -> "no fault (baseline)";
            case KILL -> "kill -9 %s %s".formatted(part, at.label());
            case OUTAGE -> "%s down %d s %s".formatted(part, downtime.toSeconds(), at.label());
        };
    }
}
