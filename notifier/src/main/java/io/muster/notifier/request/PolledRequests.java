package io.muster.notifier.request;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.delivery.NotificationDispatcher;
import io.muster.notifier.ledger.Registration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * A poll's records decoded up front and registered in one statement (one round trip and one commit
 * per poll instead of one per request); a request with no ledger row yet skips reading the ledger.
 */
@Component
class PolledRequests {

    private final NotificationRequestReader reader;
    private final NotificationDispatcher dispatcher;

    PolledRequests(NotificationRequestReader reader, NotificationDispatcher dispatcher) {
        this.reader = reader;
        this.dispatcher = dispatcher;
    }

    /** Undecodable records are failures at their index (dead-lettered by the error handler). */
    DeliveryRequest[] decode(List<ConsumerRecord<String, String>> records, Throwable[] failures) {
        DeliveryRequest[] requests = new DeliveryRequest[records.size()];
        for (int index = 0; index < records.size(); index++) {
            try {
                requests[index] = reader.read(records.get(index).value());
            } catch (RuntimeException failure) {
                failures[index] = failure;
            }
        }
        return requests;
    }

    /** Only a notification's first record in the poll may skip the ledger read: a duplicate must read it. */
    Registration[] register(DeliveryRequest[] requests) {
        List<DeliveryRequest> decoded =
                Arrays.stream(requests).filter(Objects::nonNull).toList();
        Registration[] registrations = new Registration[requests.length];
        if (decoded.isEmpty()) {
            return registrations;
        }
        Map<UUID, Registration> registered = registerAll(requests, decoded);
        Set<UUID> seen = new HashSet<>();
        for (int index = 0; index < requests.length; index++) {
            if (requests[index] != null) {
                UUID id = requests[index].notificationId();
                Registration registration = registered.get(id);
                registrations[index] = seen.add(id) ? registration : registration.seenBefore();
            }
        }
        return registrations;
    }

    /** A failure (e.g. no database) is the first decoded record's, as if it had failed alone. */
    private Map<UUID, Registration> registerAll(DeliveryRequest[] requests, List<DeliveryRequest> decoded) {
        try {
            return dispatcher.registerAll(decoded);
        } catch (RuntimeException failure) {
            int first = Arrays.asList(requests).indexOf(decoded.getFirst());
            throw new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, first);
        }
    }
}
