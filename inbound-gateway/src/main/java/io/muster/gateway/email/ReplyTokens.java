package io.muster.gateway.email;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the answer token in the Message-ID our alert had: {@code <token.attempt@domain>}. */
record ReplyTokens(String token, int attempt) {

    private static final Pattern ALERT_ID = Pattern.compile("<([a-z2-7]{48})\\.(\\d{1,6})@[^>\\s]+>");

    /** The first alert Message-ID in these headers (In-Reply-To, References) or this raw text. */
    static Optional<ReplyTokens> in(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ALERT_ID.matcher(text);
        return matcher.find()
                ? Optional.of(new ReplyTokens(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
