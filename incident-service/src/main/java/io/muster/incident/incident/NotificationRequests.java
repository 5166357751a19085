package io.muster.incident.incident;

import io.muster.incident.directory.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes the notification request for one person of a declared incident. */
@Component
class NotificationRequests {

    private final IncidentsProperties properties;

    NotificationRequests(IncidentsProperties properties) {
        this.properties = properties;
    }

    NotificationRequested forPerson(Incident incident, Person person, UUID notificationId, String replyCode) {
        return new NotificationRequested(
                "NotificationRequested",
                1,
                UUID.randomUUID(),
                incident.declaredAt(),
                incident.id(),
                incident.exercise(),
                notificationId,
                person.id(),
                person.displayName(),
                person.locale(),
                incident.priority(),
                channelsOf(person),
                incident.title(),
                incident.message(),
                replyCode,
                NotificationRequested.ROLL_CALL_OPTIONS,
                incident.declaredAt().plus(properties.replyWindow()));
    }

    private static List<NotificationRequested.Channel> channelsOf(Person person) {
        List<NotificationRequested.Channel> channels = new ArrayList<>(2);
        if (person.phone() != null) {
            channels.add(new NotificationRequested.Channel("SMS", person.phone()));
        }
        if (person.email() != null) {
            channels.add(new NotificationRequested.Channel("EMAIL", person.email()));
        }
        return List.copyOf(channels);
    }
}
