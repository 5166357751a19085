package io.muster.gateway.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Checks X-Twilio-Signature against every configured auth token, as twilio-java's RequestValidator
 * does (the URL with and without its default port, parameters sorted by name, HMAC-SHA1, Base64,
 * constant-time comparison), but with one initialised {@link Mac} per token and event-loop thread
 * instead of a provider lookup per check, and the signed text built once per URL form, not per token.
 * A name given several values is signed as Twilio's other SDKs sign it (twilio-java's validator takes
 * one value per name): each distinct value, in order, after the name, so every value is covered.
 */
@Component
class TwilioSignatures {

    private static final String HMAC = "HmacSHA1";

    /** Enough for every webhook path; status callbacks' URLs differ per notification, so it is bounded. */
    private static final int MAX_CACHED_URLS = 1024;

    private final List<SecretKeySpec> keys;
    private final Map<String, List<String>> urlForms = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac[]> macs = ThreadLocal.withInitial(this::newMacs);

    TwilioSignatures(TwilioProperties properties) {
        this.keys = properties.authTokens().stream()
                .map(token -> new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), HMAC))
                .toList();
    }

    boolean isValid(String externalUrl, Map<String, ? extends List<String>> params, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = signature.getBytes(StandardCharsets.UTF_8);
        String sortedParams = sortedParams(params);
        boolean valid = false;
        for (String url : formsOf(externalUrl)) {
            byte[] signed = (url + sortedParams).getBytes(StandardCharsets.UTF_8);
            for (Mac mac : macs.get()) {
                valid |= MessageDigest.isEqual(expected, Base64.getEncoder().encode(mac.doFinal(signed)));
            }
        }
        return valid;
    }

    private List<String> formsOf(String externalUrl) {
        if (urlForms.size() >= MAX_CACHED_URLS) {
            urlForms.clear();
        }
        return urlForms.computeIfAbsent(externalUrl, SignedUrls::forms);
    }

    /** Name then value of every parameter, by name, then each name's distinct values in order, as Twilio signs them. */
    static String sortedParams(Map<String, ? extends List<String>> params) {
        List<String> names = new ArrayList<>(params.keySet());
        names.sort(null);
        StringBuilder text = new StringBuilder(256);
        for (String name : names) {
            List<String> values = params.get(name);
            if (values == null || values.size() <= 1) {
                String value = values == null || values.isEmpty() ? null : values.getFirst();
                text.append(name).append(value == null ? "" : value);
                continue;
            }
            new TreeSet<>(values.stream().map(v -> v == null ? "" : v).toList())
                    .forEach(value -> text.append(name).append(value));
        }
        return text.toString();
    }

    private Mac[] newMacs() {
        try {
            Mac[] made = new Mac[keys.size()];
            for (int i = 0; i < made.length; i++) {
                made[i] = Mac.getInstance(HMAC);
                made[i].init(keys.get(i));
            }
            return made;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
