package io.muster.incident.escalation;

import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes one person one rung up their {@link Ladder}: sends the step and sets their cohort's timer
 * for the next, defers it to the end of their quiet hours (informational incidents only; the person
 * moves to the cohort due then), or hands over to their deputy.
 */
@Component
class Stepper {

    /** A recipient as the stepper needs them; {@code cohort} is null for a new one. */
    record Recipient(UUID notificationId, String replyCode, int level, boolean isNew, @Nullable UUID cohort) {}

    /** Whether the person was notified now, and the cohort whose timer their next step waits for. */
    record Climbed(boolean sent, @Nullable UUID cohort) {}

    private final Requests requests;

    Stepper(Requests requests) {
        this.requests = requests;
    }

    Climbed climb(
            EscalatingIncident incident, Contact contact, Recipient recipient, int step, Instant now, Batch batch) {
        Ladder.Rung rung = Ladder.of(contact).at(step);
        UUID person = contact.personId();
        switch (rung.kind()) {
            case DONE -> {
                return new Climbed(false, null);
            }
            case DEPUTY -> {
                if (contact.deputyId() != null) {
                    batch.deputies.add(new Batch.Deputy(incident.id(), contact.deputyId(), person, recipient.level()));
                }
                return new Climbed(false, null);
            }
            case SEND -> {
                Optional<Instant> quietEnd = incident.lifeSafety() ? Optional.empty() : contact.quietUntil(now);
                if (quietEnd.isPresent()) {
                    batch.held.add(new Batch.Held(recipient.notificationId(), now, quietEnd.get()));
                    return new Climbed(false, moveTo(incident, person, recipient, step, quietEnd.get(), batch));
                }
                UUID cohort = next(incident, person, recipient, step + 1, now, batch);
                send(incident, contact, recipient, step, rung, now, cohort, batch);
                return new Climbed(true, cohort);
            }
        }
        return new Climbed(false, null);
    }

    /** Members of a cohort stay in it (its one timer per step); new recipients join this batch's. */
    private static UUID next(
            EscalatingIncident incident, UUID person, Recipient recipient, int step, Instant now, Batch batch) {
        Instant due = now.plus(incident.stepTimeout());
        if (recipient.isNew() || recipient.cohort() == null) {
            return moveTo(incident, person, recipient, step, due, batch);
        }
        batch.cohortStep(incident.id(), recipient.cohort(), recipient.level(), step, due);
        return recipient.cohort();
    }

    private static UUID moveTo(
            EscalatingIncident incident, UUID person, Recipient recipient, int step, Instant due, Batch batch) {
        UUID cohort = batch.cohortFor(incident.id(), recipient.level(), step, due, recipient.isNew());
        if (!recipient.isNew() && !cohort.equals(recipient.cohort())) {
            batch.moves.add(new Batch.Move(incident.id(), person, cohort));
        }
        return cohort;
    }

    private void send(
            EscalatingIncident incident,
            Contact contact,
            Recipient recipient,
            int step,
            Ladder.Rung rung,
            Instant now,
            UUID cohort,
            Batch batch) {
        UUID notificationId = step == 0 ? recipient.notificationId() : TimeOrderedIds.next();
        if (step > 0) {
            batch.steps.add(new Batch.Step(
                    notificationId,
                    incident.id(),
                    contact.personId(),
                    step,
                    rung.purpose().name()));
        }
        if (!recipient.isNew()) {
            batch.notified.add(new Batch.Notified(incident.id(), contact.personId(), now));
        }
        if (step == 0 && recipient.isNew()) {
            // The relay renders it from the recipient row (DeferredRequests): a fan-out stays narrow.
            batch.outbox().defer(requests.lane(incident), incident.id().toString(), cohort, notificationId);
        } else {
            var details =
                    new Requests.Step(notificationId, recipient.replyCode(), rung.purpose(), recipient.level(), step);
            batch.outbox().add(() -> requests.alert(incident, contact, rung.channels(), details, now));
        }
    }
}
