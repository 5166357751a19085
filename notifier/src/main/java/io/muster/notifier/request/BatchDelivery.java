package io.muster.notifier.request;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.delivery.NotificationDispatcher;
import io.muster.notifier.ledger.Registration;
import io.muster.notifier.outcome.SentOutcomes;
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
 * in order, so a redelivered duplicate sees the first one's ledger rows. Outcome events are sent as
 * they happen and their acknowledgements awaited once for the whole poll, before the commit.
 */
@Component
class BatchDelivery {

    private final PolledRequests polled;
    private final NotificationDispatcher dispatcher;
    private final NotifierProperties settings;
    private final DeliverySpans spans;
    private final RequestCounts counts;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    BatchDelivery(
            PolledRequests polled,
            NotificationDispatcher dispatcher,
            NotifierProperties settings,
            DeliverySpans spans,
            RequestCounts counts) {
        this.polled = polled;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.spans = spans;
        this.counts = counts;
    }

    /** @throws BatchListenerFailedException naming the first record (in poll order) that failed */
    void deliver(List<ConsumerRecord<String, String>> records) {
        Throwable[] failures = new Throwable[records.size()];
        DeliveryRequest[] requests = polled.decode(records, failures);
        Registration[] registrations = polled.register(requests);
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            byKey.computeIfAbsent(Objects.toString(records.get(index).key()), key -> new ArrayList<>())
                    .add(index);
        }
        SentOutcomes[] sent = new SentOutcomes[records.size()];
        List<Future<?>> running = byKey.values().stream()
                .<Future<?>>map(indexes ->
                        threads.submit(() -> deliverInOrder(records, requests, registrations, indexes, failures, sent)))
                .toList();
        running.forEach(BatchDelivery::await);
        awaitOutcomes(sent, failures);
        for (int index = 0; index < failures.length; index++) {
            if (failures[index] != null) {
                throw new BatchListenerFailedException(
                        String.valueOf(failures[index].getMessage()), failures[index], index);
            }
        }
    }

    /** A record is done once the broker acknowledged its outcomes, all awaited here once per poll. */
    private void awaitOutcomes(SentOutcomes[] sent, Throwable[] failures) {
        long deadline = System.nanoTime() + settings.publishTimeout().toNanos();
        for (int index = 0; index < sent.length; index++) {
            try {
                if (sent[index] != null) {
                    sent[index].awaitAcknowledged(deadline);
                }
            } catch (RuntimeException failure) {
                failures[index] = failure;
            }
        }
    }

    /** Stops at a key's first failure: its later records are redelivered with it. */
    private void deliverInOrder(
            List<ConsumerRecord<String, String>> records,
            DeliveryRequest[] requests,
            Registration[] registrations,
            List<Integer> indexes,
            Throwable[] failures,
            SentOutcomes[] sent) {
        for (int index : indexes) {
            if (requests[index] == null) {
                return; // undecodable: its failure is already recorded
            }
            try {
                DeliveryRequest request = requests[index];
                Registration registration = registrations[index];
                counts.registered(request, registration);
                sent[index] = spans.around(records.get(index), () -> dispatcher.dispatch(request, registration));
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
