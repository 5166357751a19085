package io.muster.simulator.voice;

import io.muster.simulator.WebhookResult;
import io.muster.simulator.twilio.PhoneNumbers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Where a call waits for the phone: a {@code <Gather>} for keys, a {@code <Record>} for speech. The phone
 * side hands its input over and gets back what the application answered to it.
 */
public final class CallInputs {

    /** What a call can wait for. */
    public enum Input {
        KEYPAD,
        RECORDING
    }

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, PendingInput> waiting = new ConcurrentHashMap<>();

    PendingInput open(String phone, Input input) {
        PendingInput pending = new PendingInput(input);
        waiting.put(phone, pending);
        return pending;
    }

    void close(String phone, PendingInput pending) {
        waiting.remove(phone, pending);
    }

    /**
     * Gives {@code value} to the call that waits on {@code phone} (waiting up to {@code wait} for a call to get
     * there) and returns the application's answer to it.
     *
     * @throws IllegalStateException if no call waits for this input on the phone
     */
    public WebhookResult provide(String phone, Input input, String value, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            PendingInput pending = waiting.get(phone);
            if (pending != null && pending.input() == input && pending.offer(value)) {
                return pending.answer(ANSWER_TIMEOUT);
            }
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("no call on " + PhoneNumbers.mask(phone) + " is waiting for "
                        + (input == Input.KEYPAD ? "keys" : "a recording"));
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // a person's click is not latency-critical
        }
    }
}
