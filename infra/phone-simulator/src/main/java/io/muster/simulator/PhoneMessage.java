package io.muster.simulator;

import java.time.Instant;

/**
 * One entry of a phone's inbox: an SMS it received, or what a {@code <Say>} read to it during a call.
 */
public record PhoneMessage(String sid, Kind kind, String from, String to, String body, Instant at) {

    /** What reached the phone. */
    public enum Kind {
        SMS,
        VOICE
    }
}
