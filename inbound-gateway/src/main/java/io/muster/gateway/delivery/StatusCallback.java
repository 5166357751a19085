package io.muster.gateway.delivery;

import io.muster.gateway.web.WebhookForm;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Twilio's report on a message we sent, with the notification our status callback URL named. */
record StatusCallback(
        UUID notificationId,
        String channel,
        int attempt,
        String messageSid,
        String status,
        @Nullable String errorCode,
        @Nullable UUID incidentId,
        @Nullable UUID personId,
        boolean exercise,
        Map<String, String> params) {

    /** What the notifier named in the callback URL's query (signed by the provider with the rest). */
    record CallbackUrl(
            UUID notificationId,
            String channel,
            int attempt,
            @Nullable UUID incidentId,
            @Nullable UUID personId,
            boolean exercise) {}

    static StatusCallback from(CallbackUrl url, MultiValueMap<String, String> form) {
        UUID notificationId = url.notificationId();
        String channel = url.channel();
        WebhookForm webhook = WebhookForm.requiring(form, "MessageSid", "MessageStatus");
        Map<String, String> params = new HashMap<>(webhook.params());
        params.put("notificationId", notificationId.toString());
        params.put("channel", channel);
        return new StatusCallback(
                notificationId,
                channel.toUpperCase(Locale.ROOT),
                url.attempt(),
                webhook.get("MessageSid"),
                webhook.get("MessageStatus").toLowerCase(Locale.ROOT),
                webhook.optional("ErrorCode"),
                url.incidentId(),
                url.personId(),
                url.exercise(),
                Map.copyOf(params));
    }

    /** Identifies this report among all others: a message reports several statuses over its life. */
    String providerReference() {
        return messageSid + ":" + status;
    }

    String provider() {
        return "twilio-" + channel.toLowerCase(Locale.ROOT);
    }

    UUID eventId() {
        return UUID.nameUUIDFromBytes(
                ("status:" + messageSid + ":" + status).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String failureReason() {
        return errorCode == null || errorCode.isBlank() ? status : status + " (" + errorCode + ")";
    }
}
