package io.muster.incident.recipient;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Records the gateway's replies a poll at a time: one transaction and a few set-based statements
 * for all the answers of a poll ({@link Replies#recordAll}), so a mass roll call is recorded at
 * thousands per second. A record that fails names its index ({@link BatchListenerFailedException}):
 * the records before it are committed, it is retried and then dead-lettered like any record, and
 * the rest are read again (answers are idempotent by eventId). The topic's only consumer in this
 * service: other features' events go to their {@link RepliesTopicReader} in poll order; unknown
 * types are skipped and counted ({@code muster.replies.skipped}).
 */
@Component
class ReplyListener {

    private final ConsumedEvents events;
    private final RecipientEvents history;
    private final Replies replies;
    private final OptOuts optOuts;
    private final MeterRegistry meters;
    private final RecipientCounts counts;
    private final OtherReaders others;

    ReplyListener(
            ConsumedEvents events,
            RecipientEvents history,
            Replies replies,
            OptOuts optOuts,
            MeterRegistry meters,
            RecipientCounts counts,
            OtherReaders others) {
        this.events = events;
        this.history = history;
        this.replies = replies;
        this.optOuts = optOuts;
        this.meters = meters;
        this.counts = counts;
        this.others = others;
    }

    @KafkaListener(
            id = "incident-service-replies",
            groupId = "incident-service",
            topics = "${muster.topics.replies:muster.reply.v1}",
            batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<Replies.Indexed> pending = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                switch (events.decode(records.get(i).value(), true)) {
                    case ReplyReceived reply -> pending.add(new Replies.Indexed(i, reply));
                    case ContactOptOutChanged change -> optOuts.record(change);
                    case OtherEvent other -> {
                        if (!others.read(other)) {
                            meters.counter("muster.replies.skipped", "type", "unknown")
                                    .increment();
                        }
                    }
                    case DeliveryEvent delivery -> {
                        history.record(delivery.toRecipientEvent());
                        counts.recorded(delivery);
                    }
                }
            } catch (RuntimeException e) {
                record(pending); // everything before the failed record, then name it
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        record(pending);
    }

    private void record(List<Replies.Indexed> pending) {
        replies.recordAll(pending);
        pending.forEach(indexed -> counts.recorded(indexed.reply()));
    }
}
