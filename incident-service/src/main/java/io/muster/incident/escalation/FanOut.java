package io.muster.incident.escalation;

import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes people recipients of an incident and sends each their first step. Someone who already is
 * a recipient is left alone: everybody has one escalation per incident.
 */
@Component
public class FanOut {

    private final JdbcClient jdbc;
    private final ReplyCodes replyCodes;
    private final Stepper stepper;

    FanOut(JdbcClient jdbc, ReplyCodes replyCodes, Stepper stepper) {
        this.jdbc = jdbc;
        this.replyCodes = replyCodes;
        this.stepper = stepper;
    }

    /** Adds the contacts at the given level; returns how many became recipients. */
    public int add(
            EscalatingIncident incident,
            List<Contact> contacts,
            int level,
            @Nullable UUID deputyFor,
            Instant now,
            Batch batch) {
        Set<UUID> existing = batch.isDeclaring(incident.id()) ? Set.of() : existingRecipients(incident.id(), contacts);
        Contact[] fresh = contacts.stream()
                .filter(c -> !existing.contains(c.personId()) && !batch.targets(incident.id(), c.personId()))
                .toArray(Contact[]::new);
        if (fresh.length == 0) {
            return 0;
        }
        PersonOrder.sort(fresh);
        ReplyCodes.Assigned codes =
                replyCodes.assign(Arrays.stream(fresh).map(Contact::personId).toList(), now);
        for (Contact contact : fresh) {
            var recipient =
                    new Stepper.Recipient(TimeOrderedIds.next(), codes.of(contact.personId()), level, true, null);
            Stepper.Climbed climbed = stepper.climb(incident, contact, recipient, 0, now, batch);
            batch.recipients.add(new Batch.NewRecipient(
                    incident.id(),
                    contact.personId(),
                    recipient.notificationId(),
                    recipient.replyCode(),
                    level,
                    deputyFor,
                    climbed.sent() ? now : null,
                    climbed.cohort()));
            if (contact.smsOptedOut() && contact.channels().isEmpty()) {
                // Counted UNREACHABLE (PeopleStates); their history says why.
                batch.unreachable.add(new Batch.Unreachable(
                        recipient.notificationId(), "SMS", "no usable channel: opted out of SMS (STOP)"));
            }
        }
        return fresh.length;
    }

    private Set<UUID> existingRecipients(UUID incident, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT person_id FROM recipients WHERE incident_id = ? AND person_id = ANY(?::uuid[])")
                        .param(incident)
                        .param(contacts.stream().map(Contact::personId).toArray(UUID[]::new))
                        .query(UUID.class)
                        .list());
    }
}
