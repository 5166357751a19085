package io.muster.gateway.hotline;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The hotline's directory (table {@code hotline_requests}): who was asked about which incident, and so which
 * open incidents a caller is part of. An incident is open until its IncidentClosed arrives.
 */
@Repository
class HotlineRequests {

    /** The latest request per person and incident, joined with what is known of the incident, open ones only. */
    private static final String OPEN_INCIDENTS =
            """
            select distinct on (r.person_id, r.incident_id) r.person_id, r.incident_id, r.notification_id,
                r.exercise, r.expires_at, coalesce(k.title, r.subject) as title,
                min(r.created_at) over (partition by r.person_id, r.incident_id) as first_requested_at,
                k.latest_update_text, r.locale,
                bool_or(coalesce(r.offers_alternate_site, true))
                    over (partition by r.person_id, r.incident_id) as offers_alternate_site,
                bool_or(r.bridge) over (partition by r.person_id, r.incident_id) as bridge
            from hotline_requests r left join known_incidents k on k.incident_id = r.incident_id
            where %s = :key and k.closed_at is null and r.created_at > :since
            order by r.person_id, r.incident_id, r.created_at desc""";

    private final DatabaseClient db;
    private final HotlineProperties properties;
    private final Clock clock;

    HotlineRequests(DatabaseClient db, HotlineProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<Void> save(RequestedNotification request) {
        GenericExecuteSpec spec = db.sql(
                        """
                        insert into hotline_requests (notification_id, incident_id, person_id, employee_id,
                            employee_digits, phone, display_name, subject, locale, exercise, expires_at,
                            offers_alternate_site, reply_code, bridge, roles)
                        values (:notification, :incident, :person, :employee, :digits, :phone, :name, :subject,
                            :locale, :exercise, :expires, :alternate, :code, :bridge, :roles)
                        on conflict (notification_id) do nothing""")
                .bind("notification", request.notificationId())
                .bind("incident", request.incidentId())
                .bind("person", request.personId())
                .bind("exercise", Boolean.TRUE.equals(request.exercise()))
                .bind("alternate", request.offersAlternateSite())
                .bind("bridge", Boolean.TRUE.equals(request.bridge()));
        spec = nullable(spec, "employee", request.employeeId());
        spec = nullable(spec, "digits", request.employeeDigits());
        spec = nullable(spec, "phone", request.phone());
        spec = nullable(spec, "name", request.displayName());
        spec = nullable(spec, "subject", request.subject());
        spec = nullable(spec, "locale", request.locale());
        spec = nullable(spec, "code", request.replyCode());
        List<String> roles = request.roles() == null
                ? List.of()
                : request.roles().stream()
                        .filter(Objects::nonNull)
                        .filter(role -> !role.isBlank())
                        .toList();
        spec = roles.isEmpty()
                ? spec.bindNull("roles", String[].class)
                : spec.bind("roles", roles.toArray(String[]::new));
        spec = request.expiresAt() == null
                ? spec.bindNull("expires", Instant.class)
                : spec.bind("expires", request.expiresAt());
        return spec.then();
    }

    /** The open incidents of everyone reached on this number (several people may share one). */
    Mono<List<CallerIncident>> byPhone(String phone) {
        return openIncidents("r.phone", phone);
    }

    Mono<List<CallerIncident>> byEmployeeDigits(String digits) {
        return openIncidents("r.employee_digits", digits);
    }

    Mono<List<CallerIncident>> byPerson(UUID personId) {
        return openIncidents("r.person_id", personId);
    }

    /** The employee id of the person's latest request that carried one (the incident-service knows them by it). */
    Mono<String> employeeId(UUID personId) {
        return db.sql(
                        """
                        select employee_id from hotline_requests
                        where person_id = :person and employee_id is not null
                        order by created_at desc limit 1""")
                .bind("person", personId)
                .map(row -> row.get("employee_id", String.class))
                .one();
    }

    /** The reply codes of the person's requests in incidents not yet closed (the hotline may take one as proof). */
    Mono<List<String>> openReplyCodes(UUID personId) {
        return db.sql(
                        """
                        select distinct r.reply_code from hotline_requests r
                            left join known_incidents k on k.incident_id = r.incident_id
                        where r.person_id = :person and r.reply_code is not null and k.closed_at is null
                            and r.created_at > :since""")
                .bind("person", personId)
                .bind("since", clock.instant().minus(properties.lookback()))
                .map(row -> row.get("reply_code", String.class))
                .all()
                .collectList();
    }

    /** The person's latest request in the incident, whether or not it is still open. */
    Mono<CallerIncident> latest(UUID personId, UUID incidentId) {
        return db.sql(
                        """
                        select r.person_id, r.incident_id, r.notification_id, r.exercise, r.expires_at,
                            coalesce(k.title, r.subject) as title, k.latest_update_text,
                            r.created_at as first_requested_at, r.locale,
                            coalesce(r.offers_alternate_site, true) as offers_alternate_site,
                            exists (select 1 from hotline_requests b where b.person_id = r.person_id
                                and b.incident_id = r.incident_id and b.bridge) as bridge
                        from hotline_requests r left join known_incidents k on k.incident_id = r.incident_id
                        where r.person_id = :person and r.incident_id = :incident
                        order by r.created_at desc limit 1""")
                .bind("person", personId)
                .bind("incident", incidentId)
                .map(row -> callerIncident(row))
                .one();
    }

    /**
     * The incident's teams a caller can leave a message for: the roles of the people it asked (as their requests
     * carried them), in alphabetical order, at most {@code limit} (a keypad menu is read out whole).
     */
    Mono<List<String>> teams(UUID incidentId, int limit) {
        return db.sql(
                        """
                        select distinct role from hotline_requests r, unnest(r.roles) as role
                        where r.incident_id = :incident order by role limit :limit""")
                .bind("incident", incidentId)
                .bind("limit", limit)
                .map(row -> row.get("role", String.class))
                .all()
                .collectList();
    }

    /** The person's roles as their latest request in the incident that carried any said (empty: none known). */
    Mono<List<String>> roles(UUID personId, UUID incidentId) {
        return db.sql(
                        """
                        select roles from hotline_requests
                        where person_id = :person and incident_id = :incident and roles is not null
                        order by created_at desc limit 1""")
                .bind("person", personId)
                .bind("incident", incidentId)
                .map(row -> List.of(row.get("roles", String[].class)))
                .one()
                .defaultIfEmpty(List.of());
    }

    /** {@code column} is one of the three above, never input. */
    private Mono<List<CallerIncident>> openIncidents(String column, Object key) {
        return db.sql(OPEN_INCIDENTS.formatted(column))
                .bind("key", key)
                .bind("since", clock.instant().minus(properties.lookback()))
                .map(row -> callerIncident(row))
                .all()
                .sort(Comparator.comparing(CallerIncident::requestedAt).thenComparing(CallerIncident::incidentId))
                .collectList();
    }

    private static CallerIncident callerIncident(Readable row) {
        return new CallerIncident(
                row.get("person_id", UUID.class),
                row.get("incident_id", UUID.class),
                row.get("notification_id", UUID.class),
                Boolean.TRUE.equals(row.get("exercise", Boolean.class)),
                row.get("title", String.class),
                row.get("latest_update_text", String.class),
                row.get("expires_at", Instant.class),
                row.get("first_requested_at", Instant.class),
                row.get("locale", String.class),
                !Boolean.FALSE.equals(row.get("offers_alternate_site", Boolean.class)),
                Boolean.TRUE.equals(row.get("bridge", Boolean.class)));
    }

    private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
