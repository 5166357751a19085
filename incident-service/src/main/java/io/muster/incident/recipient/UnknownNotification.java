package io.muster.incident.recipient;

import io.muster.incident.kafka.UndeliverableRecord;
import java.util.UUID;

/** An event about a notification this service never requested. */
class UnknownNotification extends UndeliverableRecord {

    UnknownNotification(UUID notificationId) {
        super("Unknown notificationId " + notificationId);
    }
}
