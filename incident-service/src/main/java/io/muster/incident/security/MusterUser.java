package io.muster.incident.security;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account, with the directory person it belongs to (if any). */
final class MusterUser extends User {

    private final @Nullable UUID personId;

    MusterUser(
            String username,
            String password,
            Collection<? extends GrantedAuthority> authorities,
            @Nullable UUID personId) {
        super(username, password, authorities);
        this.personId = personId;
    }

    @Nullable
    UUID personId() {
        return personId;
    }
}
