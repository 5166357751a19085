package io.muster.incident.security;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The users of the API, from the {@code app_users} table. */
@Component
class AppUsers implements ReactiveUserDetailsService {

    private final DatabaseClient db;

    AppUsers(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return db.sql("SELECT username, password_hash, roles, person_id FROM app_users WHERE username = $1")
                .bind(0, username)
                .map((row, meta) -> toUser(
                        row.get("username", String.class),
                        row.get("password_hash", String.class),
                        row.get("roles", String[].class),
                        row.get("person_id", UUID.class)))
                .one();
    }

    private static UserDetails toUser(String username, String hash, String[] roles, UUID personId) {
        UserDetails plain =
                User.withUsername(username).password(hash).roles(roles).build();
        return new MusterUser(username, hash, plain.getAuthorities(), personId);
    }
}
