package io.muster.incident.voicemessage;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** No such message in the incident, or none the caller may hear: the same answer, so it reveals nothing. */
final class VoiceMessageNotFound extends ProblemException {

    VoiceMessageNotFound(UUID id) {
        super(
                HttpStatus.NOT_FOUND,
                "voice-message-not-found",
                "Voice message not found",
                "No voice message " + id + ".");
    }
}
