package io.muster.incident.lifecycle;

import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public entry point for features that declare incidents without an HTTP request of their own
 * (scheduled drills, scenario launches). A declaration is the JSON body of {@code POST /api/incidents}, as a map, so that callers
 * keep working when the declaration gains fields.
 */
@Component
public class Declarations {

    private final IncidentDeclaration declaration;
    private final Jdbc jdbc;
    private final JsonMapper json;
    private final Validator validator;

    Declarations(IncidentDeclaration declaration, Jdbc jdbc, JsonMapper json, Validator validator) {
        this.declaration = declaration;
        this.jdbc = jdbc;
        this.json = json;
        this.validator = validator;
    }

    /** Checks a declaration body as {@code POST /api/incidents} would; a 400 validation problem if it breaks a rule. */
    public void check(Map<String, Object> body) {
        command(body);
    }

    /**
     * Declares an exercise in the caller's JDBC transaction (blocking: never call it on an event
     * loop) and returns the incident id. Problems (unknown targets, nobody targeted) are thrown.
     */
    public UUID declareExercise(Map<String, Object> body, String declaredBy) {
        Map<String, Object> exercise = new HashMap<>(body);
        exercise.put("exercise", true);
        DeclareIncident command = command(exercise);
        return jdbc.inTransaction(() -> declaration.store(command, declaredBy))
                .incident()
                .id();
    }

    /** The incident a declaration made now, or earlier ({@code repeated}: nobody was alerted again). */
    public record Declared(UUID incidentId, boolean repeated) {}

    /**
     * Declares as {@code POST /api/incidents} does, in the caller's JDBC transaction (blocking): the
     * same {@code idempotencyKey}, or an identical declaration by the same login moments ago, answers
     * the earlier incident. The caller wakes the outbox relay after its commit.
     */
    public Declared declare(Map<String, Object> body, String declaredBy, @Nullable String idempotencyKey) {
        DeclareIncident command = command(body);
        var outcome = jdbc.inTransaction(() -> declaration.declareNow(command, declaredBy, idempotencyKey));
        return new Declared(outcome.incidentId(), outcome.repeated());
    }

    private DeclareIncident command(Map<String, Object> body) {
        DeclareIncident command;
        try {
            command = json.convertValue(body, DeclareIncident.class);
        } catch (JacksonException e) {
            throw new InvalidFields(List.of(new InvalidFields.FieldError("declaration", e.getOriginalMessage())));
        }
        List<InvalidFields.FieldError> errors = validator.validate(command).stream()
                .map(v -> new InvalidFields.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (errors.isEmpty() && command.rollCall() && command.affectedSiteIds().isEmpty()) {
            errors = List.of(
                    new InvalidFields.FieldError("affectedSiteIds", "a roll call needs at least one affected site"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return command;
    }
}
