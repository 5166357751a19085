package io.muster.notifier.ledger;

import io.muster.notifier.channel.DeliveryRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each notification's request and the index of the channel being tried, for receipt-driven failover. */
@Repository
public class Notifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DurableWrites durably;

    Notifications(JdbcClient jdbc, JsonMapper json, DurableWrites durably) {
        this.jdbc = jdbc;
        this.json = json;
        this.durably = durably;
    }

    /** Records the request if new; returns the index of the channel to try (0 for a new request). */
    public int register(DeliveryRequest request) {
        return durably.commit(() -> jdbc.sql("insert into notifications (notification_id, request) values (?, ?)"
                        + " on conflict (notification_id) do update set notification_id = excluded.notification_id"
                        + " returning current_channel")
                .params(request.notificationId(), json.writeValueAsString(request))
                .query(Integer.class)
                .single());
    }

    /**
     * Registers a poll's requests in one statement (one commit instead of one per request), and tells
     * for each whether the ledger holds any attempt of it yet.
     */
    public Map<UUID, Registration> registerAll(Collection<DeliveryRequest> requests) {
        Map<UUID, String> distinct = new LinkedHashMap<>();
        requests.forEach(request -> distinct.putIfAbsent(request.notificationId(), json.writeValueAsString(request)));
        Map<UUID, Registration> registered = new HashMap<>();
        durably.commit(() -> jdbc.sql("insert into notifications (notification_id, request)"
                        + " select cast(id as uuid), request from unnest(cast(? as text[]), cast(? as text[])) as r(id, request)"
                        + " on conflict (notification_id) do update set notification_id = excluded.notification_id"
                        + " returning notification_id, current_channel, not exists (select 1 from delivery_attempts a"
                        + " where a.notification_id = notifications.notification_id) as nothing_recorded")
                .params(
                        distinct.keySet().stream().map(UUID::toString).toArray(String[]::new),
                        distinct.values().toArray(String[]::new))
                .query(row -> {
                    registered.put(
                            row.getObject("notification_id", UUID.class),
                            new Registration(row.getInt("current_channel"), row.getBoolean("nothing_recorded")));
                }));
        return registered;
    }

    /** Moves from channel {@code from} to the next; false if someone else already moved on. */
    public boolean advance(UUID notificationId, int from) {
        return durably.commit(() -> jdbc.sql("update notifications set current_channel = ?, updated_at = now()"
                                + " where notification_id = ? and current_channel = ?")
                        .params(from + 1, notificationId, from)
                        .update())
                == 1;
    }

    /**
     * Undoes {@link #advance} back to channel {@code to}, however far the failover got past it, so a
     * redelivered receipt finds that channel current again and walks the same way (the ledger keeps
     * the channels already settled from being sent twice).
     */
    public void retreat(UUID notificationId, int to) {
        durably.commit(() -> jdbc.sql("update notifications set current_channel = ?, updated_at = now()"
                        + " where notification_id = ? and current_channel > ?")
                .params(to, notificationId, to)
                .update());
    }

    public Optional<Tried> find(UUID notificationId) {
        return jdbc.sql("select request, current_channel from notifications where notification_id = ?")
                .params(notificationId)
                .query((row, n) -> new Tried(
                        json.readValue(row.getString("request"), DeliveryRequest.class), row.getInt("current_channel")))
                .optional();
    }

    /** A request and the index of the channel currently tried. */
    public record Tried(DeliveryRequest request, int currentChannel) {

        public boolean isTrying(String channel) {
            return currentChannel < request.channels().size()
                    && request.channels().get(currentChannel).channel().equals(channel);
        }
    }
}
