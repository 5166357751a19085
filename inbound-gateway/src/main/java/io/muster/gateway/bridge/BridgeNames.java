package io.muster.gateway.bridge;

import io.muster.gateway.twilio.TwilioProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The conference name of an incident's bridge: an HMAC of the incident id, so nobody who knows (or guesses) an
 * incident id can name its conference, and every gateway instance names it the same.
 */
@Component
class BridgeNames {

    private static final String PREFIX = "muster-bridge-";

    private final SecretKeySpec key;

    BridgeNames(BridgeProperties bridge, TwilioProperties twilio) {
        String secret = bridge.nameKey() == null || bridge.nameKey().isBlank()
                ? twilio.authTokens().getFirst()
                : bridge.nameKey();
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(UUID incidentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("bridge:" + incidentId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
