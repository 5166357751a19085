package io.muster.incident.lifecycle;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.calltree.CallTree;
import io.muster.incident.calltree.CallTrees;
import io.muster.incident.directory.Directory;
import io.muster.incident.directory.Targets;
import io.muster.incident.escalation.Batch;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.Escalation;
import io.muster.incident.escalation.EscalationProperties;
import io.muster.incident.escalation.FanOut;
import io.muster.incident.escalation.FanOutLock;
import io.muster.incident.escalation.LevelStarter;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Declares an incident: the incident, its first recipients, their timers and every event to
 * publish are written in one JDBC transaction, so a declaration is wholly durable or not at all.
 */
@Component
class IncidentDeclaration {

    private static final Logger log = LoggerFactory.getLogger(IncidentDeclaration.class);

    /** What a declaration stored: the incident and how many people it reached at once. */
    record Declared(Incident incident, int targeted) {}

    /** The incident a request declared: now ({@code targeted} people reached at once), or earlier (a repeat). */
    record Outcome(UUID incidentId, int targeted, boolean repeated) {}

    private final Directory directory;
    private final CallTrees callTrees;
    private final Contacts contacts;
    private final FanOut fanOut;
    private final FanOutLock lock;
    private final LevelStarter levels;
    private final Escalation escalation;
    private final IncidentStore store;
    private final EscalationProperties properties;
    private final Jdbc jdbc;
    private final OutboxRelay relay;
    private final AuditTrail audit;
    private final RepeatedDeclarations repeats;
    private final Clock clock;

    IncidentDeclaration(
            Directory directory,
            CallTrees callTrees,
            Contacts contacts,
            FanOut fanOut,
            FanOutLock lock,
            LevelStarter levels,
            Escalation escalation,
            IncidentStore store,
            EscalationProperties properties,
            Jdbc jdbc,
            OutboxRelay relay,
            AuditTrail audit,
            RepeatedDeclarations repeats,
            Clock clock) {
        this.audit = audit;
        this.repeats = repeats;
        this.directory = directory;
        this.callTrees = callTrees;
        this.contacts = contacts;
        this.fanOut = fanOut;
        this.lock = lock;
        this.levels = levels;
        this.escalation = escalation;
        this.store = store;
        this.properties = properties;
        this.jdbc = jdbc;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Declares, unless this login made the same declaration already (the same {@code Idempotency-Key},
     * or an identical one moments ago): then the earlier incident is the answer and nobody is alerted again.
     */
    Mono<Outcome> declare(DeclareIncident command, String declaredBy, @Nullable String idempotencyKey) {
        if (command.rollCall() && command.affectedSiteIds().isEmpty()) {
            return Mono.error(new InvalidFields(List.of(
                    new InvalidFields.FieldError("affectedSiteIds", "a roll call needs at least one affected site"))));
        }
        return jdbc.transactional(() -> declareNow(command, declaredBy, idempotencyKey))
                .doOnSuccess(outcome -> relay.wake());
    }

    /** {@link #declare} in the caller's JDBC transaction; the caller wakes the outbox relay after the commit. */
    Outcome declareNow(DeclareIncident command, String declaredBy, @Nullable String idempotencyKey) {
        var request = repeats.request(command, declaredBy, idempotencyKey);
        return repeats.earlier(request, clock.instant())
                .map(earlier -> new Outcome(earlier, 0, true))
                .orElseGet(() -> {
                    Declared declared = store(command, declaredBy);
                    repeats.remember(
                            request,
                            declared.incident().id(),
                            declared.incident().declaredAt());
                    return new Outcome(declared.incident().id(), declared.targeted(), false);
                });
    }

    /** Stores the declaration in the current JDBC transaction (see {@link Declarations}). */
    Declared store(DeclareIncident command, String declaredBy) {
        long start = System.nanoTime();
        CallTree tree = command.callTreeId() == null ? null : store.requireTree(callTrees, command.callTreeId());
        store.requireSites(command.affectedSiteIds());
        lock.take();
        List<Contact> immediate = immediate(command);
        long read = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Incident incident = newIncident(command, declaredBy, now);
        EscalatingIncident escalating = escalating(incident, command, tree);
        store.insert(incident, command, escalating);
        Batch batch = new Batch();
        batch.declaring(incident.id());
        fanOut.add(escalating, immediate, 0, null, now, batch);
        if (tree != null && !tree.levels().isEmpty()) {
            levels.start(escalating, 1, now, batch);
        }
        if (batch.recipientCount() == 0) {
            throw new NobodyTargeted();
        }
        batch.outbox().addFirst(store.declaredEvent(incident, batch.recipientCount()));
        long built = System.nanoTime();
        escalation.complete(batch, id -> escalating, now);
        log.debug(
                "Declared for {} people: read them in {} ms, built their steps in {} ms, wrote in {} ms",
                batch.recipientCount(),
                (read - start) / 1_000_000,
                (built - read) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000);
        audit.record(
                incident.id(),
                declaredBy,
                "INCIDENT_DECLARED",
                null,
                Map.of(
                        "title", incident.title(),
                        "severity", incident.severity().name(),
                        "priority", incident.priority().name(),
                        "exercise", incident.exercise(),
                        "targeted", batch.recipientCount()));
        return new Declared(incident, batch.recipientCount());
    }

    /** The people named and those of a roll call, read under the fan-out lock (see FanOutLock). */
    private List<Contact> immediate(DeclareIncident command) {
        Targets targets = command.targets();
        List<Contact> people = new ArrayList<>();
        if (!targets.equals(new Targets(null, null, null))) {
            people.addAll(contacts.named(targets.personIds(), targets.employeeIds(), targets.roles()));
            directory.requireAllKnown(
                    targets,
                    people.stream().map(Contact::personId).collect(Collectors.toSet()),
                    people.stream().map(Contact::employeeId).collect(Collectors.toSet()));
        }
        if (command.rollCall()) {
            people.addAll(contacts.atSites(command.affectedSiteIds()));
        }
        return people;
    }

    private EscalatingIncident escalating(Incident incident, DeclareIncident command, @Nullable CallTree tree) {
        return new EscalatingIncident(
                incident.id(),
                incident.title(),
                incident.message(),
                incident.priority() == Priority.LIFE_SAFETY,
                incident.exercise(),
                incident.declaredAt(),
                tree == null ? properties.defaultStepTimeout() : tree.stepTimeout(),
                tree == null ? List.of() : tree.levels(),
                command.affectedSiteIds(),
                command.rollCall(),
                command.bridge(),
                command.incidentTexts());
    }

    private static Incident newIncident(DeclareIncident command, String declaredBy, Instant now) {
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
