package io.muster.incident.incident;

import io.muster.incident.directory.Person;
import java.util.UUID;

/** A person targeted by a declaration, with the notification and reply code chosen for them. */
record Recipient(Person person, UUID notificationId, String replyCode) {}
