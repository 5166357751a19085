package io.muster.notifier.delivery;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What to deliver, to whom and on which channels; built from a NotificationRequested event. */
public record DeliveryRequest(
        UUID notificationId,
        UUID incidentId,
        UUID personId,
        boolean exercise,
        boolean lifeSafety,
        String subject,
        String body,
        @Nullable String replyCode,
        List<ReplyOption> replyOptions,
        List<ChannelAddress> channels) {

    public DeliveryRequest {
        replyOptions = List.copyOf(replyOptions);
        channels = List.copyOf(channels);
    }

    /** One answer the person can give, e.g. key "1" with label "I am safe". */
    public record ReplyOption(String key, String label) {}

    /** A channel (SMS, EMAIL, VOICE, ...) and the address to reach the person on it. */
    public record ChannelAddress(String channel, String address) {}
}
