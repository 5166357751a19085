package io.muster.incident.task;

import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.storage.Jdbc;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The tasks of an incident. */
@RestController
@RequestMapping("/api/incidents/{id}/tasks")
class TaskController {

    private final Jdbc jdbc;
    private final Tasks tasks;
    private final TaskWork work;
    private final IncidentFactsStore incidents;

    TaskController(Jdbc jdbc, Tasks tasks, TaskWork work, IncidentFactsStore incidents) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.work = work;
        this.incidents = incidents;
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<Task>> create(@PathVariable UUID id, @Valid @RequestBody NewTask form, Principal user) {
        return jdbc.transactional(() -> work.create(id, form, user.getName()))
                .map(task -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/incidents/" + id + "/tasks/" + task.id()))
                        .body(task));
    }

    @GetMapping
    Mono<List<Task>> list(@PathVariable UUID id, @RequestParam(required = false) @Nullable TaskStatus status) {
        return jdbc.transactional(() -> {
            incidents.require(id);
            return tasks.of(id, status);
        });
    }

    @GetMapping("/{taskId}")
    Mono<Task> one(@PathVariable UUID id, @PathVariable UUID taskId) {
        return jdbc.transactional(() -> {
            incidents.require(id);
            Task task = tasks.byId(id, taskId).orElseThrow(() -> new TaskNotFound(id, taskId));
            return task.withComments(tasks.comments(taskId));
        });
    }

    @PatchMapping("/{taskId}")
    Mono<Task> change(
            @PathVariable UUID id, @PathVariable UUID taskId, @RequestBody Map<String, Object> body, Principal user) {
        TaskChange change = TaskChange.of(body);
        return jdbc.transactional(() -> work.change(id, taskId, change, user.getName()));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/{taskId}/comments")
    Mono<ResponseEntity<Task>> comment(
            @PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody NewComment comment, Principal user) {
        return jdbc.transactional(() -> work.comment(id, taskId, comment, user.getName()))
                .map(task -> ResponseEntity.status(HttpStatus.CREATED).body(task));
    }
}
