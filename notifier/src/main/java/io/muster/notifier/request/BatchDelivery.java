package io.muster.notifier.request;

import io.muster.notifier.delivery.NotificationDispatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Delivers one poll of requests concurrently on virtual threads (provider calls are bounded by each
 * provider's bulkhead and rate limiter). Records with the same key (person) run one after the other,
 * in order, so a redelivered duplicate sees the first one's ledger rows.
 */
@Component
class BatchDelivery {

    private final NotificationRequestReader reader;
    private final NotificationDispatcher dispatcher;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    BatchDelivery(NotificationRequestReader reader, NotificationDispatcher dispatcher) {
        this.reader = reader;
        this.dispatcher = dispatcher;
    }

    /** @throws BatchListenerFailedException naming the first record (in poll order) that failed */
    void deliver(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            byKey.computeIfAbsent(Objects.toString(records.get(index).key()), key -> new ArrayList<>())
                    .add(index);
        }
        Throwable[] failures = new Throwable[records.size()];
        List<Future<?>> running = byKey.values().stream()
                .<Future<?>>map(indexes -> threads.submit(() -> deliverInOrder(records, indexes, failures)))
                .toList();
        running.forEach(BatchDelivery::await);
        for (int index = 0; index < failures.length; index++) {
            if (failures[index] != null) {
                throw new BatchListenerFailedException(
                        String.valueOf(failures[index].getMessage()), failures[index], index);
            }
        }
    }

    /** Stops at a key's first failure: its later records are redelivered with it. */
    private void deliverInOrder(
            List<ConsumerRecord<String, String>> records, List<Integer> indexes, Throwable[] failures) {
        for (int index : indexes) {
            try {
                dispatcher.dispatch(reader.read(records.get(index).value()));
            } catch (RuntimeException failure) {
                failures[index] = failure;
                return;
            }
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("delivery task failed", e.getCause());
        }
    }
}
