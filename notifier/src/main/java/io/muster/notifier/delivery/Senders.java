package io.muster.notifier.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.ChannelSenders;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The provider adapters by channel: the primary, or its secondary while the primary's circuit is open. */
@Component
class Senders {

    private final List<ChannelSender> senders;
    private final CircuitBreakerRegistry circuits;

    Senders(List<ChannelSenders> sources, CircuitBreakerRegistry circuits) {
        this.senders = sources.stream()
                .flatMap(source -> source.senders().stream())
                .sorted(Comparator.comparing(ChannelSender::secondary))
                .toList();
        this.circuits = circuits;
    }

    /** The sender for the next try on {@code channel}, or empty if no provider serves it. */
    Optional<ChannelSender> pick(String channel) {
        List<ChannelSender> candidates = senders.stream()
                .filter(sender -> sender.channel().equals(channel))
                .toList();
        return candidates.stream()
                .filter(sender -> admitsCalls(sender.provider()))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** The sender that made an attempt, to ask its provider about it. */
    Optional<ChannelSender> byProvider(String provider) {
        return senders.stream()
                .filter(sender -> sender.provider().equals(provider))
                .findFirst();
    }

    /** The providers whose ambiguous attempts cannot be looked up (SMTP relays). */
    List<String> unaskable() {
        return senders.stream()
                .filter(sender -> !sender.answersLookUps())
                .map(ChannelSender::provider)
                .toList();
    }

    private boolean admitsCalls(String provider) {
        CircuitBreaker.State state = circuits.circuitBreaker(provider).getState();
        return state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
    }
}
