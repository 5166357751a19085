package io.muster.notifier.ledger;

import io.muster.notifier.channel.Outgoing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attempt ledger. Every write commits on its own, synchronously ({@link DurableWrites}), so a
 * PENDING row is durable before the provider call it announces.
 */
@Repository
public class DeliveryAttempts {

    private static final String COLUMNS = "notification_id, channel, attempt, status, permanent, provider,"
            + " provider_reference, error, updated_at, created_at, content_sha256";

    private final JdbcClient jdbc;
    private final LedgerBatches batches;
    private final DurableWrites durably;

    DeliveryAttempts(JdbcClient jdbc, LedgerBatches batches, DurableWrites durably) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.durably = durably;
    }

    /** The ledger's columns qualified by a table alias, for joins and {@code update ... from}. */
    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** The attempts recorded for one channel of a notification, oldest first. */
    public List<DeliveryAttempt> of(UUID notificationId, String channel) {
        return jdbc.sql("select " + COLUMNS + " from delivery_attempts"
                        + " where notification_id = ? and channel = ? order by attempt")
                .params(notificationId, channel)
                .query(DeliveryAttempts::attempt)
                .list();
    }

    /**
     * Records attempt {@code attempt} as PENDING (committed on return, in one statement with other
     * threads' rows); false when that attempt is already recorded.
     */
    public boolean begin(Outgoing outgoing, String channel, String provider) {
        return batches.begin(new LedgerBatches.Beginning(outgoing, channel, provider));
    }

    /**
     * AMBIGUOUS attempts of {@code providers} last changed before {@code olderThan} whose channel is
     * still the one being tried (oldest first, at most {@code limit}): those nobody has moved on from.
     */
    public List<DeliveryAttempt> ambiguousAndCurrent(List<String> providers, Duration olderThan, int limit) {
        return jdbc.sql("select " + columns("a") + " from delivery_attempts a"
                        + " join notifications n on n.notification_id = a.notification_id"
                        + " where a.status = 'AMBIGUOUS' and a.provider = any(?)"
                        + " and a.updated_at < now() - make_interval(secs => ?)"
                        + " and cast(n.request as jsonb) -> 'channels' -> n.current_channel ->> 'channel' = a.channel"
                        + " order by a.updated_at limit ?")
                .params(providers.toArray(String[]::new), olderThan.toMillis() / 1000.0, limit)
                .query(DeliveryAttempts::attempt)
                .list();
    }

    /**
     * Which of these provider references the ledger holds for another attempt (of any notification):
     * at the provider, those messages or calls are not {@code attempt}'s.
     */
    public Set<String> heldByOtherAttempts(DeliveryAttempt attempt, Collection<String> references) {
        return Set.copyOf(jdbc.sql("select provider_reference from delivery_attempts where provider_reference = any(?)"
                        + " and not (notification_id = ? and channel = ? and attempt = ?)")
                .params(
                        references.toArray(String[]::new),
                        attempt.notificationId(),
                        attempt.channel(),
                        attempt.attempt())
                .query(String.class)
                .list());
    }

    /** True when the provider took that attempt (or may have): a failure receipt may then concern it. */
    public boolean tookOrMayHaveTaken(UUID notificationId, String channel, int attempt) {
        return jdbc.sql("select count(*) from delivery_attempts where notification_id = ? and channel = ?"
                                + " and attempt = ? and status in ('SENT', 'AMBIGUOUS')")
                        .params(notificationId, channel, attempt)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public DeliveryAttempt markSent(UUID notificationId, String channel, int attempt, String providerReference) {
        return batches.markSent(new LedgerBatches.Sending(
                new LedgerBatches.AttemptKey(notificationId, channel, attempt), providerReference));
    }

    public DeliveryAttempt markFailed(
            UUID notificationId, String channel, int attempt, String error, boolean permanent) {
        return finish(notificationId, channel, attempt, AttemptStatus.FAILED, permanent, null, error);
    }

    public DeliveryAttempt markAmbiguous(UUID notificationId, String channel, int attempt, String error) {
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
        return durably.commit(() -> jdbc.sql(
                        "update delivery_attempts set status = ?, permanent = ?, provider_reference = ?, error = ?,"
                                + " updated_at = now() where notification_id = ? and channel = ? and attempt = ?"
                                + " returning " + COLUMNS)
                .params(status.name(), permanent, providerReference, error, notificationId, channel, attempt)
                .query(DeliveryAttempts::attempt)
                .single());
    }

    static DeliveryAttempt attempt(ResultSet row, int rowNumber) throws SQLException {
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
