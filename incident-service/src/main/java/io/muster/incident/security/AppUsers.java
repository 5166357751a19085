package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/** The local logins, from the {@code app_users} table (blocking: call off the event loop, in a {@link Jdbc} transaction or alone). */
@Component
class AppUsers {

    /** A stored login: its hash is compared, never shown. */
    record AppUser(String username, String passwordHash, String[] roles, @Nullable UUID personId, boolean disabled) {

        /**
         * What a verified login depends on, as one value: if another instance disables the login, resets its
         * password or changes its roles or person, the stamp changes ({@link VerifiedCredentials}).
         */
        String stamp() {
            return String.join(
                    "\n", passwordHash, String.join(",", roles), String.valueOf(personId), String.valueOf(disabled));
        }

        MusterUser toUser() {
            var authorities = User.withUsername(username)
                    .password(passwordHash)
                    .roles(roles)
                    .build()
                    .getAuthorities();
            return new MusterUser(username, "", authorities, personId);
        }

        @Override
        public String toString() {
            return "AppUser[" + username + ", roles=" + Arrays.toString(roles) + ", disabled=" + disabled + "]";
        }
    }

    private final Jdbc jdbc;

    AppUsers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The login; empty for a name no login can have (so it never reaches the database). */
    Optional<AppUser> find(String username) {
        if (!plausible(username)) {
            return Optional.empty();
        }
        return jdbc.client()
                .sql("SELECT username, password_hash, roles, person_id, disabled FROM app_users WHERE username = ?")
                .param(username)
                .query((rs, n) -> new AppUser(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        (String[]) rs.getArray("roles").getArray(),
                        rs.getObject("person_id", UUID.class),
                        rs.getBoolean("disabled")))
                .optional();
    }

    /** Whether a login could have this name: 1 to 200 characters, none of them a control character. */
    static boolean plausible(String username) {
        return !username.isEmpty()
                && username.length() <= 200
                && username.chars().noneMatch(Character::isISOControl);
    }
}
