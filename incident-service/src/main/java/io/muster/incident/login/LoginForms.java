package io.muster.incident.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies the logins API accepts. */
final class LoginForms {

    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{1,63}";
    static final String ROLE = "COMMANDER|TEAM|HR|SPOKESPERSON|EMPLOYEE|ADMIN";
    static final String ROLE_MESSAGE = "must be one of COMMANDER, TEAM, HR, SPOKESPERSON, EMPLOYEE, ADMIN";

    private LoginForms() {}

    /**
     * A new login: a password of 12 to 72 bytes (bcrypt reads no more), its roles, and the directory
     * person it belongs to (by employee id), if any.
     */
    record NewLogin(
            @NotBlank @Pattern(regexp = USERNAME, message = "must be 2-64 letters, digits and . _ @ -") String username,
            @NotNull @Size(min = 12, max = 72) String password,
            @NotEmpty @Size(max = 6) List<@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String> roles,
            @Nullable @Size(max = 64) String employeeId) {

        @Override
        public String toString() {
            return "NewLogin[" + username + ", roles=" + roles + ", employeeId=" + employeeId + "]";
        }
    }

    /** A new password for a login. */
    record NewPassword(@NotNull @Size(min = 12, max = 72) String password) {

        @Override
        public String toString() {
            return "NewPassword[<redacted>]";
        }
    }

    /** The roles a login has from now on. */
    record NewRoles(
            @NotEmpty @Size(max = 6) List<@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String> roles) {}
}
