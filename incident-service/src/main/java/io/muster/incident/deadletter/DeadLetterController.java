package io.muster.incident.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operator API of the dead-letter topics (ADMIN): what is there and why, and re-driving a record. */
@RestController
@RequestMapping("/api/dead-letters")
@Validated
class DeadLetterController {

    /** Counts per dead-letter topic and the newest records with their reasons. */
    record Listing(Map<String, Long> topics, List<DeadLetter> records) {}

    private final DeadLetterQueue queue;

    DeadLetterController(DeadLetterQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    Mono<Listing> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int perPartition) {
        return queue.counts().zipWith(queue.newest(perPartition), Listing::new);
    }

    @PostMapping("/{topic}/{partition}/{offset}/redrive")
    Mono<DeadLetter> redrive(
            @PathVariable String topic, @PathVariable int partition, @PathVariable long offset, Principal admin) {
        return queue.redrive(new Redrives.Place(topic, partition, offset), admin.getName());
    }
}
