package io.muster.incident.exercise;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.lifecycle.Declarations;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Schedules, lists and cancels drills; every change is audited in its own transaction. */
@Component
class DrillCalendar {

    private final Drills drills;
    private final Declarations declarations;
    private final AuditTrail audit;
    private final Jdbc jdbc;
    private final ExerciseProperties properties;
    private final Clock clock;

    DrillCalendar(
            Drills drills,
            Declarations declarations,
            AuditTrail audit,
            Jdbc jdbc,
            ExerciseProperties properties,
            Clock clock) {
        this.drills = drills;
        this.declarations = declarations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<DrillView> schedule(ScheduleDrill form, String by) {
        return jdbc.transactional(() -> {
            Map<String, Object> declaration = form.declaration();
            declarations.check(declaration);
            String recurrence = checkedRecurrence(form.recurrence());
            Instant first = form.firstAt().truncatedTo(ChronoUnit.MILLIS);
            DrillView drill = new DrillView(
                    UUID.randomUUID(),
                    form.title(),
                    declaration,
                    first,
                    recurrence,
                    first,
                    by,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    List.of());
            drills.insert(drill);
            audit.record(
                    null,
                    by,
                    "DRILL_SCHEDULED",
                    drill.id().toString(),
                    Map.of(
                            "title",
                            drill.title(),
                            "firstAt",
                            first.toString(),
                            "recurrence",
                            String.valueOf(recurrence)));
            return drill;
        });
    }

    Mono<List<DrillView>> all() {
        return jdbc.transactional(drills::all);
    }

    Mono<DrillView> one(UUID id) {
        return jdbc.transactional(() -> drills.byId(id).orElseThrow(() -> new DrillNotFound(id)));
    }

    Mono<Void> cancel(UUID id, String by) {
        return jdbc.transactional(() -> {
                    DrillView drill = drills.byId(id).orElseThrow(() -> new DrillNotFound(id));
                    drills.delete(id);
                    audit.record(null, by, "DRILL_CANCELLED", id.toString(), Map.of("title", drill.title()));
                    return true;
                })
                .then();
    }

    private @Nullable String checkedRecurrence(@Nullable String text) {
        Duration every;
        try {
            every = Recurrence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFields(List.of(new InvalidFields.FieldError("recurrence", e.getMessage())));
        }
        if (every == null) {
            return null;
        }
        if (every.compareTo(properties.minRecurrence()) < 0) {
            throw new InvalidFields(List.of(
                    new InvalidFields.FieldError("recurrence", "must be at least " + properties.minRecurrence())));
        }
        return every.toString();
    }
}
