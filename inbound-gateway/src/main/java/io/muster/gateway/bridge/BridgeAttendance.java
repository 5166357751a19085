package io.muster.gateway.bridge;

import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Records a join or leave and publishes it (BridgeParticipantChanged) in one transaction: the row and its outbox
 * row commit together, so each call's join and leave reach the incident-service exactly once from here, and a
 * repeated callback publishes nothing.
 */
@Component
class BridgeAttendance {

    private final BridgeEvents events;
    private final BridgeMembers members;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final TransactionalOperator transactions;
    private final Clock clock;

    BridgeAttendance(
            BridgeEvents events,
            BridgeMembers members,
            EventPublisher publisher,
            TopicsProperties topics,
            ReactiveTransactionManager transactionManager,
            Clock clock) {
        this.events = events;
        this.members = members;
        this.publisher = publisher;
        this.topics = topics;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.clock = clock;
    }

    /** {@code event} is JOINED or LEFT. */
    Mono<Void> record(UUID incidentId, UUID personId, String callSid, String conferenceSid, String event, Instant at) {
        return events.record(incidentId, personId, callSid, conferenceSid, event, at)
                .filter(Boolean::booleanValue)
                .flatMap(fresh -> members.exercise(incidentId, personId))
                .flatMap(exercise -> publisher.publish(
                        topics.replies(),
                        incidentId.toString(),
                        BridgeParticipantChanged.of(
                                incidentId, exercise, personId, callSid, event, at, clock.instant())))
                .as(transactions::transactional);
    }
}
