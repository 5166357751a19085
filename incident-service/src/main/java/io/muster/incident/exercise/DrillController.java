package io.muster.incident.exercise;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Scheduled drills: each occurrence declares an exercise incident. */
@RestController
@RequestMapping("/api/drills")
class DrillController {

    private final DrillCalendar calendar;

    DrillController(DrillCalendar calendar) {
        this.calendar = calendar;
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<DrillView>> schedule(@Valid @RequestBody ScheduleDrill form, Principal user) {
        return calendar.schedule(form, user.getName()).map(drill -> ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/drills/" + drill.id()))
                .body(drill));
    }

    @GetMapping
    Mono<List<DrillView>> all() {
        return calendar.all();
    }

    @GetMapping("/{id}")
    Mono<DrillView> one(@PathVariable UUID id) {
        return calendar.one(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancel(@PathVariable UUID id, Principal user) {
        return calendar.cancel(id, user.getName());
    }
}
