package io.muster.gateway.sms;

import io.muster.gateway.web.WebhookForm;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** An SMS a person sent us, as Twilio's inbound webhook describes it. */
record InboundSms(String messageSid, String from, String body, Map<String, String> params) {

    static InboundSms from(MultiValueMap<String, String> form) {
        return from(form.toSingleValueMap());
    }

    /** From the first value of each parameter, as {@link io.muster.gateway.web.FormBody} decodes them. */
    static InboundSms from(Map<String, String> form) {
        WebhookForm webhook = WebhookForm.requiring(form, "MessageSid", "From");
        String body = webhook.optional("Body");
        if (body == null) {
            // an empty Body is a real (if unhelpful) reply; an absent one is a malformed webhook
            WebhookForm.requiring(form, "Body");
        }
        // NUL cannot be stored downstream (PostgreSQL text): kept visibly as U+FFFD
        String text = body.replace('\u0000', '\uFFFD');
        return new InboundSms(webhook.get("MessageSid"), webhook.get("From"), text, webhook.params());
    }
}
