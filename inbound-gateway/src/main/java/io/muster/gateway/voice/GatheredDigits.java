package io.muster.gateway.voice;

import io.muster.gateway.web.WebhookForm;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.MultiValueMap;

/** The keys a called person pressed at the menu, as Twilio's Gather action reports them. */
record GatheredDigits(String callSid, String digits, Map<String, String> params) {

    static GatheredDigits from(MultiValueMap<String, String> form) {
        WebhookForm webhook = WebhookForm.requiring(form, "CallSid");
        String digits =
                Objects.requireNonNullElse(webhook.optional("Digits"), "").strip();
        return new GatheredDigits(webhook.get("CallSid"), digits, webhook.params());
    }

    /** One call may press several keys over its life (9, then 1): each is its own webhook. */
    String providerReference() {
        return callSid + ":" + digits;
    }
}
