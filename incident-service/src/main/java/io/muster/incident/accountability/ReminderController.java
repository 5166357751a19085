package io.muster.incident.accountability;

import io.muster.incident.facts.IncidentFacts;
import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reminders to the non-responders of an incident: now, or on a schedule. */
@RestController
@RequestMapping("/api/incidents/{id}/reminders")
class ReminderController {

    private final Jdbc jdbc;
    private final IncidentFactsStore incidents;
    private final NonResponderReminders reminders;
    private final ReminderSchedules schedules;
    private final AccountabilityProperties properties;
    private final OutboxRelay relay;
    private final Clock clock;

    ReminderController(
            Jdbc jdbc,
            IncidentFactsStore incidents,
            NonResponderReminders reminders,
            ReminderSchedules schedules,
            AccountabilityProperties properties,
            OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.reminders = reminders;
        this.schedules = schedules;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    @PostMapping
    Mono<Map<String, Object>> remindNow(@PathVariable UUID id, Principal operator) {
        return jdbc.transactional(() -> reminders.remind(open(id), operator.getName(), clock.instant()))
                .doOnSuccess(count -> relay.wake())
                .map(count -> Map.of("incidentId", id, "reminded", count));
    }

    @GetMapping("/schedule")
    Mono<Map<String, Object>> schedule(@PathVariable UUID id) {
        return jdbc.transactional(() -> {
            incidents.require(id);
            return view(id, schedules.of(id).orElse(null));
        });
    }

    @PutMapping("/schedule")
    Mono<Map<String, Object>> setSchedule(@PathVariable UUID id, @RequestBody ReminderEvery body, Principal operator) {
        Duration every = body.reminderEvery();
        if (every != null
                && (every.compareTo(properties.minReminderEvery()) < 0
                        || every.compareTo(properties.maxReminderEvery()) > 0)) {
            return Mono.error(new InvalidFields(List.of(new InvalidFields.FieldError(
                    "reminderEvery",
                    "must be between " + properties.minReminderEvery() + " and " + properties.maxReminderEvery()))));
        }
        return jdbc.transactional(() -> {
            open(id);
            if (every == null) {
                schedules.clear(id, operator.getName());
                return view(id, null);
            }
            return view(id, schedules.set(id, every, operator.getName(), clock.instant()));
        });
    }

    private IncidentFacts open(UUID id) {
        IncidentFacts incident = incidents.require(id);
        if (incident.closed()) {
            throw new IncidentIsClosed(id);
        }
        return incident;
    }

    private static Map<String, Object> view(
            UUID id, ReminderSchedules.@org.jspecify.annotations.Nullable Schedule schedule) {
        Map<String, Object> view = new HashMap<>();
        view.put("incidentId", id);
        view.put("reminderEvery", schedule == null ? null : schedule.every().toString());
        view.put("nextAt", schedule == null ? null : schedule.nextAt());
        return view;
    }
}
