package io.muster.incident.hotline;

import io.muster.incident.recipient.RepliesTopicReader;
import io.muster.kafka.UnprocessableRecord;
import org.springframework.stereotype.Component;

/**
 * Reads HotlineMessageRecorded off the replies topic (handed over by the replies listener) and stores it; one
 * without its incident or recording can never be stored and goes to the dead-letter topic with the reason.
 */
@Component
class HotlineMessageReader implements RepliesTopicReader<HotlineMessageRecorded> {

    private final HotlineMessages messages;

    HotlineMessageReader(HotlineMessages messages) {
        this.messages = messages;
    }

    @Override
    public String type() {
        return "HotlineMessageRecorded";
    }

    @Override
    public Class<HotlineMessageRecorded> eventClass() {
        return HotlineMessageRecorded.class;
    }

    @Override
    public void handle(HotlineMessageRecorded event) {
        if (event.eventId() == null || event.incidentId() == null || event.recordingUrl() == null) {
            throw new UnprocessableRecord("HotlineMessageRecorded without eventId, incidentId or recordingUrl");
        }
        messages.store(event);
    }
}
