package io.muster.incident.subscriber;

import io.muster.tokens.AnswerTokenCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring subscriber links, in the answer-token format ({@link AnswerTokenCodec}) under a
 * purpose each, so an unsubscribe link never confirms and the other way round. The secret signs; it
 * and the previous secrets are accepted (rotation). Links in the format used before (longer, see
 * {@link LegacySubscriberLinks}) are still read: unsubscribe links live for years, and each mail
 * carries a new one.
 */
@Component
class SubscriberTokens {

    enum Purpose {
        CONFIRM("subscriber-confirm"),
        UNSUBSCRIBE("subscriber-unsubscribe");

        private final String tokenPurpose;

        Purpose(String tokenPurpose) {
            this.tokenPurpose = tokenPurpose;
        }
    }

    private final AnswerTokenCodec confirm;
    private final AnswerTokenCodec unsubscribe;
    private final LegacySubscriberLinks legacy;
    private final Clock clock;

    SubscriberTokens(SubscriberProperties properties, Clock clock) {
        List<String> secrets = Stream.concat(Stream.of(properties.secret()), properties.previousSecrets().stream())
                .toList();
        this.confirm = AnswerTokenCodec.forPurpose(Purpose.CONFIRM.tokenPurpose, secrets);
        this.unsubscribe = AnswerTokenCodec.forPurpose(Purpose.UNSUBSCRIBE.tokenPurpose, secrets);
        this.legacy = new LegacySubscriberLinks(secrets);
        this.clock = clock;
    }

    String mint(Purpose purpose, UUID subscriberId, Instant expiresAt) {
        return codec(purpose).mint(subscriberId, expiresAt);
    }

    /** The subscriber, when the token is well-formed, signed by us, for this purpose and not expired. */
    Optional<UUID> read(Purpose purpose, String token) {
        Instant now = clock.instant();
        return token.length() == AnswerTokenCodec.LENGTH
                ? codec(purpose).validId(token, now)
                : legacy.read(purpose, token, now);
    }

    private AnswerTokenCodec codec(Purpose purpose) {
        return purpose == Purpose.CONFIRM ? confirm : unsubscribe;
    }
}
