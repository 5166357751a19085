package io.muster.simulator.sms;

import io.muster.simulator.twilio.RecentResources;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/** The messages created through the REST API (the most recent ones), and how many there were. */
public final class Messages {

    private final RecentResources<SmsMessage> recent;
    private final LongAdder created = new LongAdder();

    public Messages(int kept) {
        this.recent = new RecentResources<>(kept);
    }

    void add(SmsMessage message) {
        recent.add(message.sid(), message);
        created.increment();
    }

    Optional<SmsMessage> get(String sid) {
        return recent.get(sid);
    }

    void changeStatus(String sid, String status, Integer errorCode) {
        recent.update(sid, message -> message.withStatus(status, errorCode));
    }

    Stream<SmsMessage> newestFirst() {
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
