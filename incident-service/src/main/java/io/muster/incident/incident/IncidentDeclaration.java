package io.muster.incident.incident;

import io.muster.incident.directory.Directory;
import io.muster.incident.directory.Person;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Declares an incident: the incident, its recipients and every event to publish are written in one
 * transaction, so a declaration is either wholly durable and on its way, or not at all.
 */
@Component
class IncidentDeclaration {

    private final Directory directory;
    private final ReplyCodes replyCodes;
    private final IncidentRecords records;
    private final IncidentEvents events;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final TransactionalOperator transactions;
    private final Clock clock = Clock.systemUTC();

    IncidentDeclaration(
            Directory directory,
            ReplyCodes replyCodes,
            IncidentRecords records,
            IncidentEvents events,
            Outbox outbox,
            OutboxRelay relay,
            TransactionalOperator transactions) {
        this.directory = directory;
        this.replyCodes = replyCodes;
        this.records = records;
        this.events = events;
        this.outbox = outbox;
        this.relay = relay;
        this.transactions = transactions;
    }

    Mono<UUID> declare(DeclareIncident command, String declaredBy) {
        Incident incident = newIncident(command, declaredBy);
        Mono<UUID> declaring = directory
                .resolve(command.notifying().targets())
                .filter(people -> !people.isEmpty())
                .switchIfEmpty(Mono.error(NobodyTargeted::new))
                .flatMap(people -> store(incident, people));
        return transactions.transactional(declaring).doOnSuccess(id -> relay.wake());
    }

    private Mono<UUID> store(Incident incident, List<Person> people) {
        return replyCodes.assign(people.stream().map(Person::id).toList()).flatMap(codes -> {
            List<Recipient> recipients = recipients(people, codes);
            return records.insert(incident, recipients)
                    .then(outbox.append(events.of(incident, recipients)))
                    .thenReturn(incident.id());
        });
    }

    private static List<Recipient> recipients(List<Person> people, Map<UUID, String> codes) {
        return people.stream()
                .map(p -> new Recipient(p, UUID.randomUUID(), codes.get(p.id())))
                .toList();
    }

    private Incident newIncident(DeclareIncident command, String declaredBy) {
        // Millisecond precision: what PostgreSQL stores is then exactly what the events carry.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Incident(
                UUID.randomUUID(),
                command.title(),
                command.message(),
                command.severity(),
                command.priority(),
                Boolean.TRUE.equals(command.exercise()),
                Incident.OPEN,
                declaredBy,
                now);
    }
}
