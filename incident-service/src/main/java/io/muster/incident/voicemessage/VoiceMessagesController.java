package io.muster.incident.voicemessage;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The voice messages colleagues left each other in an incident (who for whom, when, heard, told). */
@RestController
class VoiceMessagesController {

    private final VoiceMessages messages;

    VoiceMessagesController(VoiceMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/incidents/{id}/voice-messages")
    Mono<List<VoiceMessage>> list(@PathVariable UUID id) {
        return messages.of(id);
    }
}
