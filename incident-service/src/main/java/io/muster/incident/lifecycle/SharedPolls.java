package io.muster.incident.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * One poll per key, however many subscribers follow it: the first subscriber starts polling every
 * interval, later ones share that poll (and get the latest value at once), the last one leaving
 * stops it. Only changed values are emitted. A live incident watched by fifty viewers is thus read
 * from the database once per interval, not fifty times.
 */
final class SharedPolls<K, V> {

    private final Function<K, Mono<V>> poll;
    private final Duration interval;
    private final Scheduler scheduler;
    private final Map<K, Flux<V>> running = new ConcurrentHashMap<>();

    SharedPolls(Function<K, Mono<V>> poll, Duration interval, Scheduler scheduler) {
        this.poll = poll;
        this.interval = interval;
        this.scheduler = scheduler;
    }

    /** The values of {@code key}'s poll: the latest at once (when there is one), then each change. */
    Flux<V> follow(K key) {
        return running.computeIfAbsent(key, this::start);
    }

    /** How many keys are being polled now (for tests and metrics). */
    int polling() {
        return running.size();
    }

    private Flux<V> start(K key) {
        AtomicReference<Flux<V>> self = new AtomicReference<>();
        Flux<V> shared = Flux.interval(Duration.ZERO, interval, scheduler)
                .onBackpressureDrop()
                .concatMap(tick -> poll.apply(key), 1)
                .distinctUntilChanged()
                // when the last subscriber leaves, a later one starts afresh rather than joining a stopped poll
                .doFinally(signal -> running.remove(key, self.get()))
                .replay(1)
                .refCount();
        self.set(shared);
        return shared;
    }
}
