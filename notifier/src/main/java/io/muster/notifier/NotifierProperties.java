package io.muster.notifier;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notifier itself.
 *
 * @param callbackBaseUrl externally visible base URL of the inbound gateway; providers post status
 *     callbacks below it, and the gateway checks their signatures over exactly that URL
 * @param answerBaseUrl base of the public answer link ({@code <base>/answer/<token>}); defaults to
 *     the callback base URL
 * @param publishTimeout how long to wait for the broker to acknowledge an outcome event
 * @param laneConcurrency consumers per lane (normal and life-safety each get this many)
 * @param reconcileAfter how long after an ambiguous call (timeout) the provider is asked whether it
 *     took the message, before anything is resent
 * @param unconfirmedMoveOnAfter how long after an ambiguous attempt that cannot be looked up (SMTP:
 *     the relay may or may not have taken the message) the person is moved on to their next channel;
 *     such an attempt is never resent
 * @param unconfirmedSweepInterval how often to look for such attempts that are due
 */
@Validated
@ConfigurationProperties("muster.notifier")
public record NotifierProperties(
        @NotNull URI callbackBaseUrl,
        @Nullable URI answerBaseUrl,
        @DefaultValue("10s") @NotNull Duration publishTimeout,
        @DefaultValue("2") @Min(1) int laneConcurrency,
        @DefaultValue("5s") @NotNull Duration reconcileAfter,
        @DefaultValue("3m") @NotNull Duration unconfirmedMoveOnAfter,
        @DefaultValue("15s") @NotNull Duration unconfirmedSweepInterval) {

    /** Compiled once: both links are built for every message. */
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    /** The callback base without a trailing slash. */
    public String callbackBase() {
        return TRAILING_SLASHES.matcher(callbackBaseUrl.toString()).replaceAll("");
    }

    /** The link a person opens to answer without logging in. */
    public String answerLink(String token) {
        URI base = answerBaseUrl == null ? callbackBaseUrl : answerBaseUrl;
        return TRAILING_SLASHES.matcher(base.toString()).replaceAll("") + "/answer/" + token;
    }
}
