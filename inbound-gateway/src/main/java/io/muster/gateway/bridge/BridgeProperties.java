package io.muster.gateway.bridge;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bridge's settings. The account ({@code accountSid}, {@code authToken}, {@code fromNumber}) is the one the
 * gateway rings members in from; without it the bridge works (people join from their alert call or the hotline)
 * but {@code POST /api/incidents/{id}/bridge/calls} answers 503.
 *
 * @param nameKey the key of the HMAC that turns an incident id into its conference name (secret, from the
 *     environment); empty: the first of {@code muster.twilio.auth-tokens}
 * @param apiBaseUrl where Twilio's REST API is (the phone simulator locally); empty: api.twilio.com
 */
@ConfigurationProperties("muster.bridge")
record BridgeProperties(
        @Nullable String nameKey,
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String fromNumber,
        @Nullable URI apiBaseUrl) {

    boolean canRing() {
        return present(accountSid) && present(authToken) && present(fromNumber);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "BridgeProperties[nameKey=<redacted>, accountSid=" + accountSid + ", authToken=<redacted>, fromNumber="
                + fromNumber + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
