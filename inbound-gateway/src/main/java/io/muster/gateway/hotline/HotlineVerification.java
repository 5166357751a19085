package io.muster.gateway.hotline;

import io.muster.gateway.PhoneNumbers;
import io.muster.gateway.hotline.VerificationThrottle.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Whether a caller who typed an employee id is that person: their hotline PIN, or (when enabled) the reply code
 * of one of their open alerts. Every proof is counted against the claimed person and the calling number before
 * it is checked; a key past its limit refuses every proof, right or wrong, until its window ends.
 */
@Service
class HotlineVerification {

    private static final Logger log = LoggerFactory.getLogger(HotlineVerification.class);

    /** What came of a proof. */
    sealed interface Outcome {

        record Verified(UUID personId, String method) implements Outcome {}

        record Refused() implements Outcome {}

        record Locked() implements Outcome {}
    }

    private final HotlinePins pins;
    private final HotlineRequests requests;
    private final VerificationThrottle throttle;
    private final HotlineProperties.Verification settings;

    HotlineVerification(
            HotlinePins pins, HotlineRequests requests, VerificationThrottle throttle, HotlineProperties properties) {
        this.pins = pins;
        this.requests = requests;
        this.throttle = throttle;
        this.settings = properties.verification();
    }

    /** The proof {@code digits} of a caller on {@code callerNumber} who claimed to be {@code claimed} (or nobody). */
    Mono<Outcome> prove(@Nullable UUID claimed, String callerNumber, String digits) {
        List<Key> keys = keys(claimed, callerNumber);
        return throttle.attempt(keys).flatMap(locked -> {
            if (locked) {
                log.warn("Hotline proof refused: too many failures for the person or {}", masked(callerNumber));
                return Mono.just(new Outcome.Locked());
            }
            if (claimed == null || digits.isEmpty()) {
                return Mono.just(new Outcome.Refused());
            }
            return method(claimed, digits)
                    .flatMap(method -> throttle.succeeded(keys).thenReturn(verified(claimed, method)))
                    .defaultIfEmpty(new Outcome.Refused());
        });
    }

    /** How {@code digits} proves the person: "pin" or "reply-code"; empty when it does not. */
    private Mono<String> method(UUID claimed, String digits) {
        Mono<String> pin =
                pins.matches(claimed, digits).filter(Boolean::booleanValue).map(matched -> "pin");
        if (!settings.acceptReplyCode()) {
            return pin;
        }
        return pin.switchIfEmpty(requests.openReplyCodes(claimed)
                .filter(codes -> codes.contains(digits))
                .map(codes -> "reply-code"));
    }

    private List<Key> keys(@Nullable UUID claimed, String callerNumber) {
        List<Key> keys = new ArrayList<>(2);
        if (claimed != null) {
            keys.add(Key.person(claimed, settings.maxFailuresPerPerson()));
        }
        keys.add(Key.number(callerNumber, settings.maxFailuresPerNumber()));
        return keys;
    }

    private static Outcome verified(UUID personId, String method) {
        log.info("Hotline caller verified by {}", method);
        return new Outcome.Verified(personId, method);
    }

    private static String masked(String number) {
        return PhoneNumbers.masked(number);
    }
}
