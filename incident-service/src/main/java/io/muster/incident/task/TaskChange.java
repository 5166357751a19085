package io.muster.incident.task;

import io.muster.incident.web.InvalidFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A PATCH of a task: only the fields present change. Giving {@code ownerPersonId} or
 * {@code ownerRole} replaces the owner (null for none); {@code dueAt: null} removes the due time.
 */
record TaskChange(
        @Nullable String title,
        boolean descriptionGiven,
        @Nullable String description,
        @Nullable TaskStatus status,
        boolean ownerGiven,
        @Nullable UUID ownerPersonId,
        @Nullable String ownerRole,
        boolean dueGiven,
        @Nullable Instant dueAt) {

    private static final Set<String> FIELDS =
            Set.of("title", "description", "status", "ownerPersonId", "ownerRole", "dueAt");

    static TaskChange of(Map<String, Object> body) {
        List<InvalidFields.FieldError> errors = new ArrayList<>();
        body.keySet().stream()
                .filter(name -> !FIELDS.contains(name))
                .forEach(name -> errors.add(new InvalidFields.FieldError(name, "is not a task field")));
        String title = text(body, "title", 200, errors);
        if (body.containsKey("title") && (title == null || title.isBlank())) {
            errors.add(new InvalidFields.FieldError("title", "must not be blank"));
        }
        String description = text(body, "description", 4000, errors);
        TaskStatus status = status(body, errors);
        UUID person = uuid(body, "ownerPersonId", errors);
        String role = text(body, "ownerRole", 100, errors);
        if (person != null && role != null) {
            errors.add(new InvalidFields.FieldError("ownerRole", "a task is owned by a person or a role, not both"));
        }
        Instant due = instant(body, "dueAt", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new TaskChange(
                title,
                body.containsKey("description"),
                description,
                status,
                body.containsKey("ownerPersonId") || body.containsKey("ownerRole"),
                person,
                role,
                body.containsKey("dueAt"),
                due);
    }

    private static @Nullable String text(
            Map<String, Object> body, String field, int max, List<InvalidFields.FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.length() > max) {
            errors.add(new InvalidFields.FieldError(field, "must be text of at most " + max + " characters"));
            return null;
        }
        return text;
    }

    private static @Nullable TaskStatus status(Map<String, Object> body, List<InvalidFields.FieldError> errors) {
        String value = text(body, "status", 20, errors);
        try {
            return value == null ? null : TaskStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFields.FieldError("status", "must be OPEN, IN_PROGRESS, DONE or CANCELLED"));
            return null;
        }
    }

    private static @Nullable UUID uuid(Map<String, Object> body, String field, List<InvalidFields.FieldError> errors) {
        String value = text(body, field, 36, errors);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFields.FieldError(field, "must be a UUID"));
            return null;
        }
    }

    private static @Nullable Instant instant(
            Map<String, Object> body, String field, List<InvalidFields.FieldError> errors) {
        String value = text(body, field, 40, errors);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidFields.FieldError(field, "must be an ISO-8601 instant"));
            return null;
        }
    }

    private static InvalidFields invalid(List<InvalidFields.FieldError> errors) {
        return new InvalidFields(errors);
    }
}
