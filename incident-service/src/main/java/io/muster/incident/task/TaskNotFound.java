package io.muster.incident.task;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** No such task in this incident (404 {@code task-not-found}). */
class TaskNotFound extends ProblemException {

    TaskNotFound(UUID incident, UUID task) {
        super(
                HttpStatus.NOT_FOUND,
                "task-not-found",
                "Task not found",
                "No task " + task + " in incident " + incident + ".");
    }
}
