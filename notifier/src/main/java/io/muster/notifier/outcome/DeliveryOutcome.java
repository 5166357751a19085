package io.muster.notifier.outcome;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An event the notifier publishes on the deliveries topic, keyed by notification. */
public sealed interface DeliveryOutcome permits NotificationSent, NotificationFailed {

    UUID notificationId();

    /**
     * The same attempt always yields the same event id, so a re-published outcome is recognisably
     * the same event to consumers that deduplicate by eventId.
     */
    static UUID eventId(UUID notificationId, String channel, int attempt, String type) {
        String name = notificationId + ":" + channel + ":" + attempt + ":" + type;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
