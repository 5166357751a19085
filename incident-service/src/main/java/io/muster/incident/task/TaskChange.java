package io.muster.incident.task;

import io.muster.incident.api.InvalidFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

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

    static TaskChange of(JsonNode body) {
        List<InvalidFields.FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            throw invalid(List.of(new InvalidFields.FieldError("", "must be a JSON object")));
        }
        body.propertyNames().stream()
                .filter(name -> !FIELDS.contains(name))
                .forEach(name -> errors.add(new InvalidFields.FieldError(name, "is not a task field")));
        String title = text(body, "title", 200, errors);
        if (body.has("title") && (title == null || title.isBlank())) {
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
                body.has("description"),
                description,
                status,
                body.has("ownerPersonId") || body.has("ownerRole"),
                person,
                role,
                body.has("dueAt"),
                due);
    }

    private static @Nullable String text(JsonNode body, String field, int max, List<InvalidFields.FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().length() > max) {
            errors.add(new InvalidFields.FieldError(field, "must be text of at most " + max + " characters"));
            return null;
        }
        return node.asString();
    }

    private static @Nullable TaskStatus status(JsonNode body, List<InvalidFields.FieldError> errors) {
        String value = text(body, "status", 20, errors);
        try {
            return value == null ? null : TaskStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFields.FieldError("status", "must be OPEN, IN_PROGRESS, DONE or CANCELLED"));
            return null;
        }
    }

    private static @Nullable UUID uuid(JsonNode body, String field, List<InvalidFields.FieldError> errors) {
        String value = text(body, field, 36, errors);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidFields.FieldError(field, "must be a UUID"));
            return null;
        }
    }

    private static @Nullable Instant instant(JsonNode body, String field, List<InvalidFields.FieldError> errors) {
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
