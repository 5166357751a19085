package io.muster.gateway.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff accounts of the gateway's API ({@code muster.gateway.operators}). The gateway has no
 * user store of its own: in production it would validate the incident-service's JWT instead.
 */
@Validated
@ConfigurationProperties("muster.gateway")
public record OperatorsProperties(@DefaultValue List<@Valid Operator> operators) {

    /**
     * One account.
     *
     * @param password a {@code {bcrypt}} hash (never a clear password; from the environment in production)
     */
    public record Operator(
            @NotBlank String username,
            @NotBlank @Pattern(regexp = "\\{bcrypt}.+", message = "must be a {bcrypt} hash") String password,
            @NotEmpty Set<Role> roles) {

        @Override
        public String toString() {
            return "Operator[username=" + username + ", roles=" + roles + "]";
        }
    }

    /** OPERATOR triages and attaches; HR reads and attaches; COMMANDER reads. */
    public enum Role {
        OPERATOR,
        HR,
        COMMANDER
    }
}
