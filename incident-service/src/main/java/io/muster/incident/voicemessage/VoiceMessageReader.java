package io.muster.incident.voicemessage;

import io.muster.incident.recipient.RepliesTopicReader;
import io.muster.kafka.UnprocessableRecord;
import org.springframework.stereotype.Component;

/**
 * Reads VoiceMessageLeft off the replies topic (handed over by the replies listener): the message, its audit
 * entry and its notice are stored in one transaction; one without its incident or people goes to the
 * dead-letter topic with the reason.
 */
@Component
class VoiceMessageReader implements RepliesTopicReader<VoiceMessageLeft> {

    private final VoiceMessages messages;

    VoiceMessageReader(VoiceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String type() {
        return "VoiceMessageLeft";
    }

    @Override
    public Class<VoiceMessageLeft> eventClass() {
        return VoiceMessageLeft.class;
    }

    @Override
    public void handle(VoiceMessageLeft event) {
        if (event.eventId() == null
                || event.incidentId() == null
                || event.fromPersonId() == null
                || event.toPersonId() == null) {
            throw new UnprocessableRecord("VoiceMessageLeft without eventId, incidentId, fromPersonId or toPersonId");
        }
        messages.store(event);
    }
}
