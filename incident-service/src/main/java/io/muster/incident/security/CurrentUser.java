package io.muster.incident.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: the login, its roles (without the {@code ROLE_} prefix) and, when the login
 * belongs to someone in the directory, their person id (how object-level rules such as "employees
 * see only their own requests" are decided).
 */
public record CurrentUser(String username, Set<String> roles, @Nullable UUID personId) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
