package io.muster.incident.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task of an incident. The owner is a person or a directory role (whose members are reminded),
 * or nobody yet; {@code helpPersonId} names the person an automatic "needs help" task is about, and
 * {@code helpPersonState} how that person stands now (SAFE when they said so since: the task stays
 * for the team to close once someone has checked).
 */
record Task(
        UUID id,
        UUID incidentId,
        String title,
        @Nullable String description,
        TaskStatus status,
        @Nullable UUID ownerPersonId,
        @Nullable String ownerRole,
        @Nullable Instant dueAt,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable UUID helpPersonId,
        @Nullable String helpPersonState,
        @Nullable List<Comment> comments) {

    record Comment(long id, String author, String body, Instant createdAt) {}

    Task withComments(List<Comment> all) {
        return new Task(
                id,
                incidentId,
                title,
                description,
                status,
                ownerPersonId,
                ownerRole,
                dueAt,
                overdue,
                createdBy,
                createdAt,
                updatedAt,
                helpPersonId,
                helpPersonState,
                List.copyOf(all));
    }
}
