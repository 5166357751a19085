package io.muster.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.security.OperatorsProperties.Operator;
import io.muster.gateway.security.OperatorsProperties.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class OperatorAccountsTests {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void startsWithoutAccountsAndLetsNobodyIn() {
        var users = configuration.operators(new OperatorsProperties(List.of()));

        var nobody = users.findByUsername("nobody").block();
        assertThat(nobody).isNotNull();
        assertThat(nobody.isEnabled()).isFalse();
    }

    @Test
    void givesEachConfiguredAccountItsRoles() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("secret");
        var users = configuration.operators(
                new OperatorsProperties(List.of(new Operator("olga", hash, Set.of(Role.OPERATOR, Role.HR)))));

        var olga = users.findByUsername("olga").block();
        assertThat(olga).isNotNull();
        assertThat(olga.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_HR");
        assertThat(configuration.passwordEncoder().matches("secret", olga.getPassword()))
                .isTrue();
        assertThat(new Operator("olga", hash, Set.of(Role.HR)).toString()).doesNotContain(hash);
    }
}
