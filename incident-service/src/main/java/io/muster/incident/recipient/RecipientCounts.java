package io.muster.incident.recipient;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Receipts and answers recorded, per channel: {@code muster.notifications.delivered} (channel,
 * provider) and {@code muster.answers.received} (channel, answer). They count events consumed and
 * recorded: an event the broker redelivers counts again (the recording itself is idempotent).
 */
@Component
class RecipientCounts {

    private final MeterRegistry meters;

    RecipientCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    void recorded(DeliveryEvent event) {
        if (event instanceof NotificationDelivered delivered) {
            meters.counter(
                            "muster.notifications.delivered",
                            "channel",
                            Objects.requireNonNullElse(delivered.channel(), "unknown"),
                            "provider",
                            Objects.requireNonNullElse(delivered.provider(), "unknown"))
                    .increment();
        }
    }

    void recorded(ReplyReceived reply) {
        meters.counter(
                        "muster.answers.received",
                        "channel",
                        Objects.requireNonNullElse(reply.channel(), "unknown"),
                        "answer",
                        Objects.requireNonNullElse(reply.answer(), "unknown"))
                .increment();
    }
}
