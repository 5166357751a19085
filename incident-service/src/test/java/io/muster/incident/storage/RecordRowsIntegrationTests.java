package io.muster.incident.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain reads map rows to records by name ({@code JdbcClient.query(Record.class)}: snake_case columns
 * to camelCase components) instead of a hand-written getter per column. What that mapping must get right
 * on PostgreSQL, type by type: a timestamp with time zone as an {@link Instant}, a uuid, a bigint, an
 * integer, text and a boolean, each of them null where the component allows it.
 */
@IncidentServiceIntegrationTest
class RecordRowsIntegrationTests {

    record Row(
            long id,
            int count,
            boolean done,
            String name,
            UUID incidentId,
            Instant createdAt,
            @Nullable Instant closedAt,
            @Nullable UUID deputyId,
            @Nullable String comment) {}

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyColumnTypeOfThePlainReadsMapsByName() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID incident = UUID.randomUUID();

        Row row = jdbc.sql(
                        """
                        SELECT 9000000000::bigint AS id, 7 AS count, true AS done, 'Riverside' AS name,
                               ?::uuid AS incident_id, ?::timestamptz AS created_at, NULL::timestamptz AS closed_at,
                               NULL::uuid AS deputy_id, NULL::text AS comment
                        """)
                .params(incident, java.sql.Timestamp.from(at))
                .query(Row.class)
                .single();

        assertThat(row).isEqualTo(new Row(9_000_000_000L, 7, true, "Riverside", incident, at, null, null, null));
    }
}
