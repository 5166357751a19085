package io.muster.gateway.twilio;

import com.twilio.security.RequestValidator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks X-Twilio-Signature against every configured auth token (twilio-java compares in constant time). */
@Component
class TwilioSignatures {

    private final List<RequestValidator> validators;

    TwilioSignatures(TwilioProperties properties) {
        this.validators =
                properties.authTokens().stream().map(RequestValidator::new).toList();
    }

    boolean isValid(String externalUrl, Map<String, String> params, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return validators.stream().anyMatch(validator -> validator.validate(externalUrl, params, signature));
    }
}
