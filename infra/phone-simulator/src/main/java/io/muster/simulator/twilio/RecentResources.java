package io.muster.simulator.twilio;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The most recent resources by sid, bounded so a long load test cannot exhaust memory. */
public final class RecentResources<T> {

    private final Map<String, T> bySid = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<String> order = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public RecentResources(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    public void add(String sid, T resource) {
        bySid.put(sid, resource);
        order.addLast(sid);
        if (size.incrementAndGet() > capacity) {
            String oldest = order.pollFirst();
            if (oldest != null) {
                bySid.remove(oldest);
                size.decrementAndGet();
            }
        }
    }

    public Optional<T> get(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    public Optional<T> update(String sid, UnaryOperator<T> change) {
        return Optional.ofNullable(bySid.computeIfPresent(sid, (key, resource) -> change.apply(resource)));
    }

    public Stream<T> newestFirst() {
        Iterator<String> sids = order.descendingIterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sids, Spliterator.ORDERED), false)
                .map(bySid::get)
                .filter(resource -> resource != null);
    }

    public void clear() {
        order.clear();
        bySid.clear();
        size.set(0);
    }
}
