package io.muster.simulator.voice;

import io.muster.simulator.twilio.RecentResources;
import io.muster.simulator.twilio.Sids;
import java.time.Instant;
import java.util.Optional;

/** What phones said into a {@code <Record>}, kept by recording sid and served as a short silent WAV. */
public final class Recordings {

    /** A recording: the words the phone said, how long they took, and the call it belongs to. */
    public record Recording(String sid, String text, int seconds, String accountSid, String callSid, Instant created) {}

    private final RecentResources<Recording> recent = new RecentResources<>(1000);

    Recording add(String accountSid, String callSid, String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        Recording recording =
                new Recording(Sids.next("RE"), text, Math.max(1, (words + 1) / 2), accountSid, callSid, Instant.now());
        recent.add(recording.sid(), recording);
        return recording;
    }

    public Optional<Recording> get(String sid) {
        return recent.get(sid);
    }

    public void clear() {
        recent.clear();
    }
}
