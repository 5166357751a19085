package io.muster.notifier.request;

import io.micrometer.core.instrument.MeterRegistry;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.ledger.Registration;
import org.springframework.stereotype.Component;

/**
 * Alerts requested ({@code muster.notifications.requested}) by the channel tried first and the lane:
 * a request counts once, when the ledger first registers it; a redelivered one does not count again.
 */
@Component
class RequestCounts {

    private final MeterRegistry meters;

    RequestCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    void registered(DeliveryRequest request, Registration registration) {
        if (!registration.nothingRecorded()) {
            return;
        }
        String channel = request.channels().isEmpty()
                ? "none"
                : request.channels().getFirst().channel();
        meters.counter(
                        "muster.notifications.requested",
                        "channel",
                        channel,
                        "lane",
                        request.lifeSafety() ? "priority" : "normal")
                .increment();
    }
}
