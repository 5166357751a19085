package io.muster.incident.voicemessage;

import io.muster.incident.hotline.Recordings;
import io.muster.incident.security.CurrentUsers;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The voice messages colleagues left each other or a team in an incident (who for whom, when, heard, told). */
@RestController
class VoiceMessagesController {

    private final VoiceMessages messages;
    private final CurrentUsers users;
    private final Recordings recordings;

    VoiceMessagesController(VoiceMessages messages, CurrentUsers users, Recordings recordings) {
        this.messages = messages;
        this.users = users;
        this.recordings = recordings;
    }

    @GetMapping("/api/incidents/{id}/voice-messages")
    Mono<List<VoiceMessage>> list(@PathVariable UUID id) {
        return messages.of(id);
    }

    /**
     * Plays a message in the console, streamed from the provider through the hotline's recording guard: only to its
     * recipient, the members of its team in the incident, and commanders and HR; anyone else is told there is no such
     * message.
     */
    @GetMapping("/api/incidents/{id}/voice-messages/{messageId}/audio")
    Mono<ResponseEntity<Flux<DataBuffer>>> audio(@PathVariable UUID id, @PathVariable UUID messageId) {
        return users.current()
                .flatMap(user -> messages.recordingFor(id, messageId, user))
                .map(found -> found.orElseThrow(() -> new VoiceMessageNotFound(messageId)))
                .flatMap(recordings::stream);
    }
}
