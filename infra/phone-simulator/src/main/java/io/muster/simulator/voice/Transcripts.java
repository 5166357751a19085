package io.muster.simulator.voice;

import io.muster.simulator.CallTranscript;
import io.muster.simulator.CallTranscript.Line;
import io.muster.simulator.CallTranscript.Speaker;
import io.muster.simulator.twilio.RecentResources;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** What was said on the most recent calls, by call sid, so tests and people can read a call back. */
public final class Transcripts {

    private final RecentResources<Transcript> recent;

    public Transcripts(int kept) {
        this.recent = new RecentResources<>(kept);
    }

    Transcript start(String callSid) {
        Transcript transcript = new Transcript();
        recent.add(callSid, transcript);
        return transcript;
    }

    public void clear() {
        recent.clear();
    }

    Optional<List<Line>> lines(String callSid) {
        return recent.get(callSid).map(transcript -> List.copyOf(transcript.lines));
    }

    /** The lines of one call, appended from the call's thread and read from any. */
    static final class Transcript {

        private final List<Line> lines = new CopyOnWriteArrayList<>();

        void application(String text) {
            lines.add(new Line(Instant.now(), Speaker.APPLICATION, text));
        }

        void caller(String text) {
            lines.add(new Line(Instant.now(), Speaker.CALLER, text));
        }

        CallTranscript snapshot(VoiceCall call) {
            return new CallTranscript(call.sid(), call.from(), call.to(), call.status(), lines);
        }
    }
}
