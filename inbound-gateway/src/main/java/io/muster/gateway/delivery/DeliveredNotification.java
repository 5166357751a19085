package io.muster.gateway.delivery;

import io.muster.gateway.correlation.OpenRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose notification a status callback reports on: from the correlation index, or from the
 * callback URL itself (signed by the provider) when the callback outran the index.
 */
record DeliveredNotification(UUID notificationId, UUID incidentId, UUID personId, boolean exercise) {

    static DeliveredNotification of(OpenRequest request) {
        return new DeliveredNotification(
                request.notificationId(), request.incidentId(), request.personId(), request.exercise());
    }

    static Optional<DeliveredNotification> namedBy(StatusCallback callback) {
        if (callback.incidentId() == null || callback.personId() == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveredNotification(
                callback.notificationId(), callback.incidentId(), callback.personId(), callback.exercise()));
    }
}
