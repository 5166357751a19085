package io.muster.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A conference as the simulator holds it ({@code <Dial><Conference>name</Conference></Dial>}): its sid, its
 * name, whether people are in it ({@code in-progress}) or it has emptied ({@code completed}), and everyone who
 * joined, with when they joined and left ({@code leftAt} null while they are still on).
 */
public record SimConference(
        String sid, String accountSid, String friendlyName, String status, List<Participant> participants) {

    public SimConference {
        participants = List.copyOf(participants);
    }

    /** One call in the conference: the call, the simulated phone on it, joined and (once it has) left. */
    public record Participant(String callSid, String phone, Instant joinedAt, Instant leftAt) {

        public boolean present() {
            return leftAt == null;
        }
    }

    /** The phones on the conference now. */
    public List<String> presentPhones() {
        return participants.stream()
                .filter(Participant::present)
                .map(Participant::phone)
                .toList();
    }
}
