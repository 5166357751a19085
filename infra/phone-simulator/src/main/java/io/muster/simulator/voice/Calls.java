package io.muster.simulator.voice;

import io.muster.simulator.twilio.RecentResources;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The calls through the simulator (the most recent ones), and how many were created by REST. */
public final class Calls {

    private final RecentResources<VoiceCall> recent;
    private final LongAdder created = new LongAdder();

    public Calls(int kept) {
        this.recent = new RecentResources<>(kept);
    }

    void add(VoiceCall call, boolean countAsCreated) {
        recent.add(call.sid(), call);
        if (countAsCreated) {
            created.increment();
        }
    }

    Optional<VoiceCall> get(String sid) {
        return recent.get(sid);
    }

    VoiceCall update(VoiceCall call, UnaryOperator<VoiceCall> change) {
        return recent.update(call.sid(), change).orElseGet(() -> change.apply(call));
    }

    Stream<VoiceCall> newestFirst() {
        return recent.newestFirst();
    }

    public long createdCount() {
        return created.sum();
    }

    public void clear() {
        recent.clear();
        created.reset();
    }
}
