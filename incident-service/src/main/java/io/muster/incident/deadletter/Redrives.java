package io.muster.incident.deadletter;

import io.muster.incident.storage.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The re-drives done so far, per dead-lettered record (read and written off the event loop). */
@Repository
class Redrives {

    /** A dead-lettered record's place. */
    record Place(String topic, int partition, long offset) {}

    private final Jdbc jdbc;

    Redrives(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Mono<Void> record(Place place, String sentTo, String by) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql("INSERT INTO dead_letter_redrives (topic, partition, \"offset\", sent_to, redriven_by)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(place.topic(), place.partition(), place.offset(), sentTo, by)
                        .update())
                .then();
    }

    /** When each record was re-driven, oldest first. */
    Mono<Map<Place, List<Instant>>> all() {
        return jdbc.transactional(() -> {
            Map<Place, List<Instant>> byPlace = new HashMap<>();
            jdbc.client()
                    .sql(
                            "SELECT topic, partition, \"offset\", redriven_at FROM dead_letter_redrives ORDER BY redriven_at")
                    .query(rs -> {
                        var place = new Place(rs.getString("topic"), rs.getInt("partition"), rs.getLong("offset"));
                        byPlace.computeIfAbsent(place, p -> new ArrayList<>())
                                .add(rs.getTimestamp("redriven_at").toInstant());
                    });
            return byPlace;
        });
    }
}
