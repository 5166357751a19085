package io.muster.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the way Twilio does, written independently of twilio-java: HMAC-SHA1 with the
 * auth token over the URL followed by every form parameter's name and value in name order, Base64.
 */
public final class TwilioSigner {

    private TwilioSigner() {}

    public static String signature(String url, Map<String, String> params, String authToken) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        return hmac(data, authToken);
    }

    /**
     * A form whose names may repeat, signed as twilio-python's and twilio-node's validators compute it: names in
     * order, and under each name its distinct values in order, each written as name then value.
     */
    public static String signatureOfAll(String url, Map<String, List<String>> params, String authToken) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> new TreeSet<>(values)
                .forEach(value -> data.append(name).append(value)));
        return hmac(data, authToken);
    }

    private static String hmac(StringBuilder data, String authToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
