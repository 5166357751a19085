package io.muster.incident.escalation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes one person one rung up their {@link Ladder}: sends the step and sets the timer for the
 * next, defers it to the end of their quiet hours (informational incidents only), or hands over
 * to their deputy.
 */
@Component
class Stepper {

    /** A recipient as the stepper needs them. */
    record Recipient(UUID notificationId, String replyCode, int level, boolean isNew) {}

    private final Requests requests;

    Stepper(Requests requests) {
        this.requests = requests;
    }

    /** Returns whether the person was notified now (rather than deferred or handed over). */
    boolean climb(
            EscalatingIncident incident, Contact contact, Recipient recipient, int step, Instant now, Batch batch) {
        Ladder.Rung rung = Ladder.of(contact).at(step);
        UUID person = contact.personId();
        switch (rung.kind()) {
            case DONE -> {
                return false;
            }
            case DEPUTY -> {
                if (contact.deputyId() != null) {
                    batch.deputies.add(new Batch.Deputy(incident.id(), contact.deputyId(), person, recipient.level()));
                }
                return false;
            }
            case SEND -> {
                Optional<Instant> quietEnd = incident.lifeSafety() ? Optional.empty() : contact.quietUntil(now);
                if (quietEnd.isPresent()) {
                    batch.timer(incident.id(), "STEP", person, recipient.level(), step, quietEnd.get());
                    return false;
                }
                send(incident, contact, recipient, step, rung, now, batch);
                return true;
            }
        }
        return false;
    }

    private void send(
            EscalatingIncident incident,
            Contact contact,
            Recipient recipient,
            int step,
            Ladder.Rung rung,
            Instant now,
            Batch batch) {
        UUID notificationId = step == 0 ? recipient.notificationId() : Uuids.timeOrdered();
        if (step > 0) {
            batch.steps.add(new Batch.Step(notificationId, incident.id(), contact.personId(), step, rung.purpose()));
        }
        if (!recipient.isNew()) {
            batch.notified.add(new Batch.Notified(incident.id(), contact.personId(), now));
        }
        if (step == 0 && recipient.isNew()) {
            // The relay renders it from the recipient row (DeferredRequests): a fan-out stays narrow.
            batch.defer(requests.lane(incident), contact.personId().toString(), notificationId);
        } else {
            var details =
                    new Requests.Step(notificationId, recipient.replyCode(), rung.purpose(), recipient.level(), step);
            batch.request(() -> requests.alert(incident, contact, rung.channels(), details, now));
        }
        batch.timer(
                incident.id(),
                "STEP",
                contact.personId(),
                recipient.level(),
                step + 1,
                now.plus(incident.stepTimeout()));
    }
}
