package io.muster.incident.recipient;

import io.muster.kafka.UnprocessableRecord;
import java.util.UUID;

/** An event about a notification this service never requested. */
class UnknownNotification extends UnprocessableRecord {

    UnknownNotification(UUID notificationId) {
        super("Unknown notificationId " + notificationId);
    }
}
