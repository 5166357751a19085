package io.muster.notifier.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attempt ledger. Every statement commits on its own (no surrounding transaction), so a
 * PENDING row is durable before the provider call it announces.
 */
@Repository
class DeliveryAttempts {

    private static final String COLUMNS = "notification_id, channel, attempt, status, permanent, provider,"
            + " provider_reference, error, updated_at, created_at, content_sha256";

    private final JdbcClient jdbc;

    DeliveryAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The attempts recorded for one channel of a notification, oldest first. */
    List<DeliveryAttempt> of(UUID notificationId, String channel) {
        return jdbc.sql("select " + COLUMNS + " from delivery_attempts"
                        + " where notification_id = ? and channel = ? order by attempt")
                .params(notificationId, channel)
                .query(DeliveryAttempts::attempt)
                .list();
    }

    /** Records attempt {@code attempt} as PENDING; false when that attempt is already recorded. */
    boolean begin(Outgoing outgoing, String channel, String provider) {
        DeliveryRequest request = outgoing.request();
        return jdbc.sql("insert into delivery_attempts (notification_id, channel, attempt, status, provider,"
                                + " incident_id, person_id, content_sha256) values (?, ?, ?, 'PENDING', ?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(
                                request.notificationId(),
                                channel,
                                outgoing.attempt(),
                                provider,
                                request.incidentId(),
                                request.personId(),
                                outgoing.contentSha256())
                        .update()
                == 1;
    }

    /** True when the provider took that attempt (or may have): a failure receipt may then concern it. */
    boolean tookOrMayHaveTaken(UUID notificationId, String channel, int attempt) {
        return jdbc.sql("select count(*) from delivery_attempts where notification_id = ? and channel = ?"
                                + " and attempt = ? and status in ('SENT', 'AMBIGUOUS')")
                        .params(notificationId, channel, attempt)
                        .query(Long.class)
                        .single()
                > 0;
    }

    DeliveryAttempt markSent(UUID notificationId, String channel, int attempt, String providerReference) {
        return finish(notificationId, channel, attempt, AttemptStatus.SENT, false, providerReference, null);
    }

    DeliveryAttempt markFailed(UUID notificationId, String channel, int attempt, String error, boolean permanent) {
        return finish(notificationId, channel, attempt, AttemptStatus.FAILED, permanent, null, error);
    }

    DeliveryAttempt markAmbiguous(UUID notificationId, String channel, int attempt, String error) {
        return finish(notificationId, channel, attempt, AttemptStatus.AMBIGUOUS, false, null, error);
    }

    private DeliveryAttempt finish(
            UUID notificationId,
            String channel,
            int attempt,
            AttemptStatus status,
            boolean permanent,
            @Nullable String providerReference,
            @Nullable String error) {
        return jdbc.sql("update delivery_attempts set status = ?, permanent = ?, provider_reference = ?, error = ?,"
                        + " updated_at = now() where notification_id = ? and channel = ? and attempt = ?"
                        + " returning " + COLUMNS)
                .params(status.name(), permanent, providerReference, error, notificationId, channel, attempt)
                .query(DeliveryAttempts::attempt)
                .single();
    }

    private static DeliveryAttempt attempt(ResultSet row, int rowNumber) throws SQLException {
        return new DeliveryAttempt(
                row.getObject("notification_id", UUID.class),
                row.getString("channel"),
                row.getInt("attempt"),
                AttemptStatus.valueOf(row.getString("status")),
                row.getBoolean("permanent"),
                row.getString("provider"),
                row.getString("provider_reference"),
                row.getString("error"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getString("content_sha256"));
    }
}
