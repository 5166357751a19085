package io.muster.gateway.correlation;

import io.muster.gateway.batch.BatchProperties;
import io.muster.gateway.batch.GroupCommit;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The correlation index: every notification request the gateway has seen, by notification id and phone. */
// @Component, not @Repository: DatabaseClient already translates R2DBC errors, and the exception-
// translation proxy only added an interceptor chain to every call on the reply hot path.
@Component
public class OpenRequests {

    /** What a row is read into (not created_at: decoding a timestamp is costly on the reply hot path). */
    private static final String COLUMNS = "notification_id, incident_id, person_id, display_name, phone, email,"
            + " reply_code, reply_options, subject, expires_at, exercise, body, locale, channels";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final JavaType options;
    private final JavaType channels;
    private final GroupCommit<Lookup, List<OpenRequest>> lookups;

    OpenRequests(DatabaseClient db, JsonMapper json, BatchProperties batches) {
        this.db = db;
        this.lookups = batches.groupCommit(this::knownForAll);
        this.json = json;
        this.options = json.getTypeFactory().constructType(new TypeReference<List<ReplyOption>>() {});
        this.channels = json.getTypeFactory().constructType(new TypeReference<List<ChannelAddress>>() {});
    }

    /** Adds a request, or refreshes it when the same notification is delivered again. */
    Mono<Void> save(OpenRequest request) {
        GenericExecuteSpec spec = db.sql(
                """
                insert into open_requests (notification_id, incident_id, person_id, display_name, phone, email,
                    reply_code, reply_options, subject, expires_at, exercise, body, locale, channels)
                values (:notification, :incident, :person, :name, :phone, :email, :code, :options, :subject, :expires,
                    :exercise, :body, :locale, :channels)
                on conflict (notification_id) do update set incident_id = excluded.incident_id,
                    person_id = excluded.person_id, display_name = excluded.display_name, phone = excluded.phone,
                    email = excluded.email, reply_code = excluded.reply_code, reply_options = excluded.reply_options,
                    subject = excluded.subject, expires_at = excluded.expires_at, exercise = excluded.exercise,
                    body = excluded.body, locale = excluded.locale, channels = excluded.channels""");
        spec = spec.bind("notification", request.notificationId())
                .bind("incident", request.incidentId())
                .bind("person", request.personId())
                .bind("options", Json.of(json.writeValueAsString(request.replyOptions())))
                .bind("exercise", request.exercise())
                .bind("channels", Json.of(json.writeValueAsString(request.channels())));
        spec = bindNullable(spec, "name", request.displayName(), String.class);
        spec = bindNullable(spec, "phone", request.phone(), String.class);
        spec = bindNullable(spec, "email", request.email(), String.class);
        spec = bindNullable(spec, "code", request.replyCode(), String.class);
        spec = bindNullable(spec, "subject", request.subject(), String.class);
        spec = bindNullable(spec, "body", request.body(), String.class);
        spec = bindNullable(spec, "locale", request.locale(), String.class);
        return bindNullable(spec, "expires", request.expiresAt(), Instant.class).then();
    }

    /**
     * The requests to this phone number that expire after {@code since} (or never), newest first. Looked
     * up in batches: one select for the numbers of the replies that arrive while the previous one runs.
     */
    public Flux<OpenRequest> knownFor(String phone, Instant since) {
        return lookups.submit(new Lookup(phone, since)).flatMapIterable(known -> known);
    }

    /**
     * For each number, in order, the requests to it that expire after {@code since} (or never), newest
     * first: one select for a batch of replies that is already formed (the SMS reply path).
     */
    public Mono<List<List<OpenRequest>>> knownForEach(List<String> phones, Instant since) {
        return phones.isEmpty()
                ? Mono.just(List.of())
                : knownForAll(
                        phones.stream().map(phone -> new Lookup(phone, since)).toList());
    }

    private Mono<List<List<OpenRequest>>> knownForAll(List<Lookup> lookups) {
        Instant since =
                lookups.stream().map(Lookup::since).min(Instant::compareTo).orElseThrow();
        return db.sql(
                        """
                        select %s from open_requests where phone = any(cast(:phones as text[]))
                        and (expires_at is null or expires_at > :since) order by created_at desc"""
                                .formatted(COLUMNS))
                .bind("phones", lookups.stream().map(Lookup::phone).distinct().toArray(String[]::new))
                .bind("since", since)
                .map(this::openRequest)
                .all()
                .collect(Collectors.groupingBy(OpenRequest::phone))
                .map(byPhone -> lookups.stream()
                        .map(lookup -> byPhone.getOrDefault(lookup.phone(), List.of()).stream()
                                .filter(request -> lookup.isKnownAt(request))
                                .toList())
                        .toList());
    }

    /** One reply's lookup: its number, and the oldest expiry it still takes. */
    private record Lookup(String phone, Instant since) {

        boolean isKnownAt(OpenRequest request) {
            return request.expiresAt() == null || request.expiresAt().isAfter(since);
        }
    }

    /** Everyone who was ever sent a request at this phone number. */
    public Flux<UUID> peopleAt(String phone) {
        return db.sql("select distinct person_id from open_requests where phone = :phone")
                .bind("phone", phone)
                .map(row -> row.get("person_id", UUID.class))
                .all();
    }

    public Mono<OpenRequest> byNotificationId(UUID notificationId) {
        return db.sql("select " + COLUMNS + " from open_requests where notification_id = :id")
                .bind("id", notificationId)
                .map(this::openRequest)
                .one();
    }

    private OpenRequest openRequest(Readable row) {
        return new OpenRequest(
                row.get("notification_id", UUID.class),
                row.get("incident_id", UUID.class),
                row.get("person_id", UUID.class),
                row.get("display_name", String.class),
                row.get("phone", String.class),
                row.get("email", String.class),
                row.get("reply_code", String.class),
                json.readValue(row.get("reply_options", Json.class).asString(), options),
                row.get("subject", String.class),
                row.get("expires_at", Instant.class),
                Boolean.TRUE.equals(row.get("exercise", Boolean.class)),
                row.get("body", String.class),
                row.get("locale", String.class),
                json.readValue(row.get("channels", Json.class).asString(), channels));
    }

    private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
