package io.muster.incident.task;

/** Where a task stands; OPEN and IN_PROGRESS are the ones still to do (and reminded when overdue). */
enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
