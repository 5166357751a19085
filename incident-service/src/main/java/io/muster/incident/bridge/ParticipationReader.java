package io.muster.incident.bridge;

import io.muster.incident.recipient.RepliesTopicReader;
import org.springframework.stereotype.Component;

/** Reads BridgeParticipantChanged off the replies topic (handed over by the replies listener). */
@Component
class ParticipationReader implements RepliesTopicReader<BridgeParticipantChanged> {

    private final BridgeAttendance attendance;

    ParticipationReader(BridgeAttendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public String type() {
        return "BridgeParticipantChanged";
    }

    @Override
    public Class<BridgeParticipantChanged> eventClass() {
        return BridgeParticipantChanged.class;
    }

    @Override
    public void handle(BridgeParticipantChanged event) {
        attendance.store(event);
    }
}
