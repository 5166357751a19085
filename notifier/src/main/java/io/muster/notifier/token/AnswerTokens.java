package io.muster.notifier.token;

import io.muster.tokens.AnswerTokenCodec;
import io.muster.tokens.TokenCheck;
import io.muster.tokens.TokensProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Mints answer tokens with the first configured secret; decides how long each one lives. */
@Component
@EnableConfigurationProperties(TokensProperties.class)
public class AnswerTokens {

    /** Used only when neither a ttl nor the request's expiresAt says how long a token lives. */
    private static final Duration FALLBACK_TTL = Duration.ofDays(7);

    private final AnswerTokenCodec codec;
    private final @Nullable Duration ttl;
    private final Clock clock;

    public AnswerTokens(TokensProperties properties, Clock clock) {
        this.codec = new AnswerTokenCodec(properties.secrets());
        this.ttl = properties.ttl();
        this.clock = clock;
    }

    /** A token for {@code notificationId}, valid for the ttl or else until the request expires. */
    public String mint(UUID notificationId, @Nullable Instant requestExpiresAt) {
        Instant expiresAt = ttl != null
                ? clock.instant().plus(ttl)
                : requestExpiresAt != null ? requestExpiresAt : clock.instant().plus(FALLBACK_TTL);
        return codec.mint(notificationId, expiresAt);
    }

    /** The notification a token names if any configured secret signed it and it has not expired. */
    public Optional<UUID> verify(String token) {
        return codec.check(token, clock.instant()) instanceof TokenCheck.Valid valid
                ? Optional.of(valid.notificationId())
                : Optional.empty();
    }
}
