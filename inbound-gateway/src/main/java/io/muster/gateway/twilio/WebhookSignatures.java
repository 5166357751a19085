package io.muster.gateway.twilio;

import io.muster.gateway.web.FormParameters;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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

    /**
     * True for a valid signature over every value of {@code params} (a {@link FormParameters} keeps them all;
     * any other map holds one value per name); false (logged as a warning) for a missing or invalid one.
     */
    public boolean verify(ServerHttpRequest request, Map<String, String> params) {
        if (params instanceof FormParameters form) {
            return verify(request, form.all());
        }
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        params.forEach(all::add);
        return verify(request, all);
    }

    /** The same for a form with every value of each name. */
    public boolean verify(ServerHttpRequest request, MultiValueMap<String, String> params) {
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
