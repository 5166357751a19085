package io.muster.gateway.delivery;

import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.spool.SpooledWebhook;
import io.muster.gateway.spool.WebhookReplay;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Spooled status callbacks go through {@link DeliveryStatuses} like live ones. The kind names the route the
 * callback came in on (messages: {@code SMS_STATUS}, calls: {@code VOICE_STATUS}); the query keeps what the
 * notifier named in the callback URL.
 */
@Component
class StatusCallbackReplay implements WebhookReplay {

    private static final String MESSAGES = InboundKind.SMS_STATUS.name();
    private static final String CALLS = InboundKind.VOICE_STATUS.name();

    private final DeliveryStatuses statuses;

    StatusCallbackReplay(DeliveryStatuses statuses) {
        this.statuses = statuses;
    }

    static SpooledWebhook spooled(StatusCallback.CallbackUrl url, MultiValueMap<String, String> form, boolean call) {
        StatusCallback callback = call ? StatusCallback.fromCall(url, form) : StatusCallback.fromMessage(url, form);
        Map<String, String> query = new HashMap<>();
        query.put("notificationId", url.notificationId().toString());
        query.put("channel", url.channel());
        query.put("attempt", Integer.toString(url.attempt()));
        query.put("exercise", Boolean.toString(url.exercise()));
        if (url.incidentId() != null) {
            query.put("incidentId", url.incidentId().toString());
        }
        if (url.personId() != null) {
            query.put("personId", url.personId().toString());
        }
        return new SpooledWebhook(
                call ? CALLS : MESSAGES, callback.providerReference(), query, form.toSingleValueMap());
    }

    @Override
    public Set<String> kinds() {
        return Set.of(MESSAGES, CALLS);
    }

    @Override
    public Mono<?> replay(SpooledWebhook webhook) {
        Map<String, String> query = webhook.query();
        var url = new StatusCallback.CallbackUrl(
                UUID.fromString(query.get("notificationId")),
                query.get("channel"),
                Integer.parseInt(query.get("attempt")),
                uuid(query.get("incidentId")),
                uuid(query.get("personId")),
                Boolean.parseBoolean(query.get("exercise")));
        MultiValueMap<String, String> form = MultiValueMap.fromSingleValue(webhook.form());
        return statuses.handle(
                webhook.kind().equals(CALLS)
                        ? StatusCallback.fromCall(url, form)
                        : StatusCallback.fromMessage(url, form));
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
