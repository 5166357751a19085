package io.muster.incident.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders the payloads of outbox rows queued without one (a fan-out's first requests), from the
 * notification id the row names. Rendering the same id again gives the same event, eventId
 * included, so a batch that is relayed twice after a crash is deduplicated by its consumers.
 */
public interface DeferredPayloads {

    /** The payload of each notification id; blocking (JDBC), so never called on an event loop. */
    Map<UUID, String> render(Collection<UUID> notificationIds);

    /** One first request of a cohort: its notification id (the relay's cursor), key and payload. */
    record Member(UUID notificationId, String key, String payload) {}

    /**
     * The first requests of up to {@code limit} members of a cohort whose notification ids follow
     * {@code after}, in notification id order; blocking (JDBC).
     */
    List<Member> cohort(UUID cohort, UUID after, int limit);
}
