package io.muster.gateway.voice;

import io.muster.gateway.web.WebhookForm;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The keys a called person pressed at a menu, as Twilio's Gather action reports them, and the number of the
 * keypad prompt they answered (from the action URL; null from a call whose TwiML predates prompt numbers).
 */
record GatheredDigits(String callSid, String digits, @Nullable Integer prompt, Map<String, String> params) {

    static GatheredDigits from(MultiValueMap<String, String> form, @Nullable Integer prompt) {
        WebhookForm webhook = WebhookForm.requiring(form, "CallSid");
        String digits =
                Objects.requireNonNullElse(webhook.optional("Digits"), "").strip();
        return new GatheredDigits(webhook.get("CallSid"), digits, prompt, webhook.params());
    }

    /**
     * One delivery: the key pressed at one prompt of one call. The same prompt posted again (the provider
     * retrying) is a replay; a key pressed at a later prompt of the call is a new answer, even the same key.
     */
    String providerReference() {
        return prompt == null ? callSid + ":" + digits : callSid + ":prompt-" + prompt;
    }

    /** The prompt the next menu of this call is. */
    int nextPrompt() {
        return prompt == null ? 2 : prompt + 1;
    }
}
