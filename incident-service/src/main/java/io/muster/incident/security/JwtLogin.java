package io.muster.incident.security;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A caller authenticated by the identity provider's token, with their directory person (if found). */
final class JwtLogin extends JwtAuthenticationToken {

    private final @Nullable UUID personId;

    JwtLogin(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name, @Nullable UUID personId) {
        super(jwt, authorities, name);
        this.personId = personId;
    }

    @Nullable
    UUID personId() {
        return personId;
    }
}
