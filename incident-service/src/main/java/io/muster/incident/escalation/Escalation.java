package io.muster.incident.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Completes a batch: hands escalations over to deputies (and theirs), then writes everything. */
@Component
public class Escalation {

    private final FanOut fanOut;
    private final Contacts contacts;
    private final BatchWriter writer;
    private final FanOutLock lock;

    Escalation(FanOut fanOut, Contacts contacts, BatchWriter writer, FanOutLock lock) {
        this.fanOut = fanOut;
        this.contacts = contacts;
        this.writer = writer;
        this.lock = lock;
    }

    /** Must run in the caller's JDBC transaction; {@code incidents} holds every incident of the batch. */
    public void complete(Batch batch, Function<UUID, EscalatingIncident> incidents, Instant now) {
        while (!batch.deputies.isEmpty()) {
            lock.take();
            List<Batch.Deputy> handOvers = new ArrayList<>(batch.deputies);
            batch.deputies.clear();
            Map<UUID, Contact> deputies =
                    contacts
                            .byIds(handOvers.stream()
                                    .map(Batch.Deputy::deputyId)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(Contact::personId, c -> c));
            for (Batch.Deputy handOver : handOvers) {
                Contact deputy = deputies.get(handOver.deputyId());
                if (deputy != null) {
                    fanOut.add(
                            incidents.apply(handOver.incidentId()),
                            List.of(deputy),
                            handOver.level(),
                            handOver.forPerson(),
                            now,
                            batch);
                }
            }
        }
        writer.write(batch);
    }
}
