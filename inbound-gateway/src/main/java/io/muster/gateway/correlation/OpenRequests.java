package io.muster.gateway.correlation;

import io.muster.gateway.batch.BatchProperties;
import io.muster.gateway.batch.GroupCommit;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
    private static final String COLUMNS = "r.notification_id, r.incident_id, r.person_id, r.display_name, r.phone,"
            + " r.email, r.reply_code, r.reply_options, r.subject, r.expires_at, r.exercise, r.body, r.locale,"
            + " r.channels, r.purpose, r.alternate_site";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final JavaType options;
    private final JavaType channels;
    private final GroupCommit<Lookup, List<KnownRequest>> lookups;

    OpenRequests(DatabaseClient db, JsonMapper json, BatchProperties batches) {
        this.db = db;
        this.lookups = batches.groupCommit(batch -> knownForAll(batch, null));
        this.json = json;
        this.options = json.getTypeFactory().constructType(new TypeReference<List<ReplyOption>>() {});
        this.channels = json.getTypeFactory().constructType(new TypeReference<List<ChannelAddress>>() {});
    }

    /**
     * Adds a request, or refreshes it when the same notification is delivered again. {@code issuedAt}: when
     * the incident-service asked for it; a reply received before then can never answer it.
     */
    Mono<Void> save(OpenRequest request, @Nullable Instant issuedAt) {
        GenericExecuteSpec spec = db.sql(
                """
                insert into open_requests (notification_id, incident_id, person_id, display_name, phone, email,
                    reply_code, reply_options, subject, expires_at, exercise, body, locale, channels, purpose,
                    alternate_site, issued_at)
                values (:notification, :incident, :person, :name, :phone, :email, :code, :options, :subject, :expires,
                    :exercise, :body, :locale, :channels, :purpose, cast(:alternate as jsonb), :issued)
                on conflict (notification_id) do update set incident_id = excluded.incident_id,
                    person_id = excluded.person_id, display_name = excluded.display_name, phone = excluded.phone,
                    email = excluded.email, reply_code = excluded.reply_code, reply_options = excluded.reply_options,
                    subject = excluded.subject, expires_at = excluded.expires_at, exercise = excluded.exercise,
                    body = excluded.body, locale = excluded.locale, channels = excluded.channels,
                    purpose = excluded.purpose, alternate_site = excluded.alternate_site,
                    issued_at = excluded.issued_at""");
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
        spec = bindNullable(spec, "purpose", request.purpose(), String.class);
        spec = bindNullable(spec, "issued", issuedAt, Instant.class);
        spec = bindNullable(
                spec,
                "alternate",
                request.alternateSite() == null ? null : json.writeValueAsString(request.alternateSite()),
                String.class);
        return bindNullable(spec, "expires", request.expiresAt(), Instant.class).then();
    }

    /**
     * The requests to this phone number that expire after {@code since} (or never), newest first. Looked
     * up in batches: one select for the numbers of the replies that arrive while the previous one runs.
     */
    public Flux<OpenRequest> knownFor(String phone, Instant since) {
        return lookups.submit(new Lookup(phone, since))
                .flatMapIterable(known -> known)
                .map(KnownRequest::request);
    }

    /**
     * For each number, in order, the requests to it that expire after {@code since} (or never), or whose
     * incident closed after it, and that were issued by {@code issuedBy}, newest first, with their
     * incident's closing time and title: one select for a batch of replies that is already formed (the SMS
     * reply path).
     */
    public Mono<List<List<KnownRequest>>> knownForEach(List<String> phones, Instant since, Instant issuedBy) {
        return phones.isEmpty()
                ? Mono.just(List.of())
                : knownForAll(
                        phones.stream().map(phone -> new Lookup(phone, since)).toList(), issuedBy);
    }

    // The incident's closing time and title come from the incident topic's table (known_incidents) in the
    // same select: the closed state decides what a bare answer may go to, and must not cost a query per reply.
    // A request issued after the reply arrived cannot be what it answers (issued_at is filtered in SQL, so
    // no further timestamp is decoded per row on the hot path).
    private Mono<List<List<KnownRequest>>> knownForAll(List<Lookup> lookups, @Nullable Instant issuedBy) {
        Instant since =
                lookups.stream().map(Lookup::since).min(Instant::compareTo).orElseThrow();
        GenericExecuteSpec spec = db.sql(
                        """
                        select %s, k.closed_at, k.title as incident_title
                        from open_requests r left join known_incidents k on k.incident_id = r.incident_id
                        where r.phone = any(cast(:phones as text[]))
                        and (r.expires_at is null or r.expires_at > :since or k.closed_at > :since)%s
                        order by r.created_at desc"""
                                .formatted(
                                        COLUMNS,
                                        issuedBy == null
                                                ? ""
                                                : " and (r.issued_at is null or r.issued_at <= :issuedBy)"))
                .bind("phones", lookups.stream().map(Lookup::phone).distinct().toArray(String[]::new))
                .bind("since", since);
        if (issuedBy != null) {
            spec = spec.bind("issuedBy", issuedBy);
        }
        return spec.map(row -> new KnownRequest(
                        openRequest(row), row.get("closed_at", Instant.class), row.get("incident_title", String.class)))
                .all()
                .collect(Collectors.groupingBy(known -> known.request().phone()))
                .map(byPhone -> lookups.stream()
                        .map(lookup -> byPhone.getOrDefault(lookup.phone(), List.of()).stream()
                                .filter(request -> lookup.isKnownAt(request))
                                .toList())
                        .toList());
    }

    /** One reply's lookup: its number, and the oldest expiry (or closing) it still takes. */
    private record Lookup(String phone, Instant since) {

        boolean isKnownAt(KnownRequest known) {
            Instant expiresAt = known.request().expiresAt();
            Instant closedAt = known.incidentClosedAt();
            return expiresAt == null || expiresAt.isAfter(since) || (closedAt != null && closedAt.isAfter(since));
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
        return db.sql("select " + COLUMNS + " from open_requests r where r.notification_id = :id")
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
                json.readValue(row.get("channels", Json.class).asString(), channels),
                row.get("purpose", String.class),
                alternateSite(row.get("alternate_site", Json.class)));
    }

    private @Nullable AlternateSite alternateSite(@Nullable Json stored) {
        return stored == null ? null : json.readValue(stored.asString(), AlternateSite.class);
    }

    private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
