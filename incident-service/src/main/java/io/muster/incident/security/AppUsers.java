package io.muster.incident.security;

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
        return db.sql("SELECT username, password_hash, roles FROM app_users WHERE username = $1")
                .bind(0, username)
                .map((row, meta) -> User.withUsername(row.get("username", String.class))
                        .password(row.get("password_hash", String.class))
                        .roles(row.get("roles", String[].class))
                        .build())
                .one();
    }
}
