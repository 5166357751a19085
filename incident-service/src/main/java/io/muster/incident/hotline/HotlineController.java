package io.muster.incident.hotline;

import io.muster.incident.web.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The hotline messages of an incident, and their recordings streamed through this service. */
@RestController
@RequestMapping("/api/incidents/{id}/hotline-messages")
class HotlineController {

    static final class MessageNotFound extends ProblemException {
        MessageNotFound(UUID id) {
            super(
                    HttpStatus.NOT_FOUND,
                    "hotline-message-not-found",
                    "Hotline message not found",
                    "No hotline message " + id + ".");
        }
    }

    private final HotlineMessages messages;
    private final Recordings recordings;

    HotlineController(HotlineMessages messages, Recordings recordings) {
        this.messages = messages;
        this.recordings = recordings;
    }

    @GetMapping
    Mono<List<HotlineMessage>> list(@PathVariable UUID id) {
        return messages.of(id);
    }

    @GetMapping("/{messageId}/audio")
    Mono<ResponseEntity<Flux<DataBuffer>>> audio(@PathVariable UUID id, @PathVariable UUID messageId) {
        return messages.one(id, messageId)
                .map(found -> found.orElseThrow(() -> new MessageNotFound(messageId)))
                .flatMap(message -> recordings.stream(message.recordingUrl()));
    }
}
