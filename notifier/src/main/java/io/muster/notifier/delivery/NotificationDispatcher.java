package io.muster.notifier.delivery;

import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Delivers a request on every channel it lists (ordered failover between channels comes later).
 * Channels without a provider adapter fail permanently, so the incident service can move on.
 */
@Service
public class NotificationDispatcher {

    private final Map<String, ChannelSender> senders;
    private final ChannelDelivery delivery;
    private final DeliveryOutcomes outcomes;
    private final Clock clock;

    NotificationDispatcher(List<ChannelSender> senders, ChannelDelivery delivery, DeliveryOutcomes outcomes) {
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.delivery = delivery;
        this.outcomes = outcomes;
        this.clock = Clock.systemUTC();
    }

    /** Returns once every channel is settled or left for reconciliation and its outcome is durable. */
    public void dispatch(DeliveryRequest request) {
        for (ChannelAddress to : request.channels()) {
            ChannelSender sender = senders.get(to.channel());
            if (sender == null) {
                outcomes.publish(NotificationFailed.unsupported(
                        request, to.channel(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            } else {
                delivery.deliver(request, to, sender);
            }
        }
    }
}
