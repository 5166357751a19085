package io.muster.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How phones answer by themselves: a {@code share} (0..1) of the phones that receive an SMS reply
 * {@code smsReply}, and of the calls that reach a {@code <Gather>} press {@code keypad}, after a random
 * delay between {@code minDelay} and {@code maxDelay}. A null reply or keypad means "never for that channel".
 */
public record AutoAnswerPolicy(
        boolean enabled, String smsReply, String keypad, double share, Duration minDelay, Duration maxDelay) {

    public AutoAnswerPolicy {
        Objects.requireNonNull(minDelay, "minDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be between 0 and 1");
        }
        if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= minDelay <= maxDelay");
        }
    }

    /** Every phone answers {@code reply} by SMS and presses {@code reply} on calls, after 0.2 to 2 seconds. */
    public static AutoAnswerPolicy everyone(String reply) {
        return new AutoAnswerPolicy(true, reply, reply, 1.0, Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    public static AutoAnswerPolicy off() {
        return new AutoAnswerPolicy(false, null, null, 0, Duration.ZERO, Duration.ZERO);
    }
}
