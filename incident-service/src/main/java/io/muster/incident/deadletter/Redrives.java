package io.muster.incident.deadletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The re-drives done so far, per dead-lettered record. */
@Repository
class Redrives {

    /** A dead-lettered record's place. */
    record Place(String topic, int partition, long offset) {}

    private final DatabaseClient db;

    Redrives(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> record(Place place, String sentTo, String by) {
        return db.sql("INSERT INTO dead_letter_redrives (topic, partition, \"offset\", sent_to, redriven_by)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .bind(0, place.topic())
                .bind(1, place.partition())
                .bind(2, place.offset())
                .bind(3, sentTo)
                .bind(4, by)
                .then();
    }

    /** When each record was re-driven, oldest first. */
    Mono<Map<Place, List<Instant>>> all() {
        return db.sql("SELECT topic, partition, \"offset\", redriven_at FROM dead_letter_redrives ORDER BY redriven_at")
                .map((row, meta) -> Map.entry(
                        new Place(
                                row.get("topic", String.class),
                                row.get("partition", Integer.class),
                                row.get("offset", Long.class)),
                        row.get("redriven_at", OffsetDateTime.class).toInstant()))
                .all()
                .collectList()
                .map(rows -> {
                    Map<Place, List<Instant>> byPlace = new HashMap<>();
                    rows.forEach(row -> byPlace.computeIfAbsent(row.getKey(), place -> new ArrayList<>())
                            .add(row.getValue()));
                    return byPlace;
                });
    }
}
