package io.muster.gateway.delivery;

import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.web.WebhookForm;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Twilio's report on a message or call we placed, with the notification our status callback URL named. */
record StatusCallback(
        UUID notificationId,
        String channel,
        int attempt,
        String providerSid,
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

    /** A message's status callback. */
    static StatusCallback fromMessage(CallbackUrl url, MultiValueMap<String, String> form) {
        return from(url, form, "MessageSid", "MessageStatus");
    }

    /** A call's status callback. */
    static StatusCallback fromCall(CallbackUrl url, MultiValueMap<String, String> form) {
        return from(url, form, "CallSid", "CallStatus");
    }

    private static StatusCallback from(CallbackUrl url, MultiValueMap<String, String> form, String sid, String status) {
        UUID notificationId = url.notificationId();
        String channel = url.channel();
        WebhookForm webhook = WebhookForm.requiring(form, sid, status);
        Map<String, String> params = new HashMap<>(webhook.params());
        params.put("notificationId", notificationId.toString());
        params.put("channel", channel);
        return new StatusCallback(
                notificationId,
                channel.toUpperCase(Locale.ROOT),
                url.attempt(),
                webhook.get(sid),
                webhook.get(status).toLowerCase(Locale.ROOT),
                webhook.optional("ErrorCode"),
                url.incidentId(),
                url.personId(),
                url.exercise(),
                Map.copyOf(params));
    }

    boolean isCall() {
        return channel.equals("VOICE");
    }

    InboundKind kind() {
        return isCall() ? InboundKind.VOICE_STATUS : InboundKind.SMS_STATUS;
    }

    /** Final statuses: a delivered message or a completed call reached the person; the others never will. */
    Outcome outcome() {
        return switch (status) {
            case "delivered" -> isCall() ? Outcome.NOT_FINAL : Outcome.DELIVERED;
            case "completed" -> isCall() ? Outcome.DELIVERED : Outcome.NOT_FINAL;
            case "undelivered", "failed" -> Outcome.FAILED;
            case "busy", "no-answer", "canceled" -> isCall() ? Outcome.FAILED : Outcome.NOT_FINAL;
            default -> Outcome.NOT_FINAL;
        };
    }

    enum Outcome {
        DELIVERED,
        FAILED,
        NOT_FINAL
    }

    /** Identifies this report among all others: a message reports several statuses over its life. */
    String providerReference() {
        return providerSid + ":" + status;
    }

    String provider() {
        return "twilio-" + channel.toLowerCase(Locale.ROOT);
    }

    UUID eventId() {
        return UUID.nameUUIDFromBytes(("status:" + providerSid + ":" + status).getBytes(StandardCharsets.UTF_8));
    }

    String failureReason() {
        return errorCode == null || errorCode.isBlank() ? status : status + " (" + errorCode + ")";
    }
}
