package io.muster.gateway.twilio;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Whether a Twilio webhook carries a valid X-Twilio-Signature over one of the URLs Twilio may have
 * called ({@link WebhookUrls}) and its form parameters, with any of the configured auth tokens.
 * Shared by the web filter and the SMS webhook served below WebFlux, so both check and log alike.
 */
@Component
public class WebhookSignatures {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookSignatures.class);

    private final TwilioSignatures signatures;
    private final WebhookUrls urls;

    WebhookSignatures(TwilioSignatures signatures, WebhookUrls urls) {
        this.signatures = signatures;
        this.urls = urls;
    }

    /** True for a valid signature; false (logged as a warning) for a missing or invalid one. */
    public boolean verify(ServerHttpRequest request, Map<String, String> params) {
        String signature = request.getHeaders().getFirst(SIGNATURE_HEADER);
        for (String url : urls.candidates(request)) {
            if (signatures.isValid(url, params, signature)) {
                return true;
            }
        }
        log.warn("Rejected webhook {} with a missing or invalid Twilio signature", request.getPath());
        return false;
    }
}
