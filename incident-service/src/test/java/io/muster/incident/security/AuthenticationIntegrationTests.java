package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.storage.Jdbc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bearer tokens from an identity provider (a real local JWKS endpoint), the break-glass local
 * accounts, and login throttling (in PostgreSQL: atomic, never full, known addresses never locked). The client address comes from {@code X-Forwarded-For} here
 * ({@code server.forward-headers-strategy=framework}, as behind a proxy), so each test has its own.
 */
@IncidentServiceIntegrationTest
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=framework",
            "muster.security.login.max-failures-per-username=3",
            "muster.security.login.max-failures-per-address=6",
            // Every request checks its password here (nothing remembered), so each one meets the throttle.
            "muster.security.login.verified-for=0s",
            // The old in-memory tracker's bound (it stopped tracking new keys when full); nothing is bounded now.
            "muster.security.login.max-tracked=100",
            "muster.security.jwt.audience=muster",
            "muster.security.jwt.roles-claim=realm_access.roles",
            "muster.security.jwt.role-mapping.muster-hr=HR",
            "muster.security.jwt.role-mapping.commander=COMMANDER",
            "muster.security.jwt.role-mapping.admin=ADMIN"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationIntegrationTests {

    private static final IdentityProvider IDP = new IdentityProvider();
    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        properties.add("muster.security.jwt.issuer-uri", IDP::issuer);
        properties.add("muster.security.jwt.jwk-set-uri", IDP::jwkSetUri);
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDP.close();
    }

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    Jdbc jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JwtLogins jwtLogins;

    @Autowired
    CurrentUsers currentUsers;

    /** A busy build machine can take longer than the client's default 5 s for a cold first request. */
    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    @Order(1)
    void aTokenSignedByTheIdentityProviderIsAcceptedAndItsUsernameIsTheAuditActor() {
        String token = IDP.token(
                Map.of("preferred_username", "oidc-commander", "realm_access", Map.of("roles", List.of("commander"))));
        String id = http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "t",
                        "message",
                        "m",
                        "severity",
                        "LOW",
                        "notify",
                        Map.of("employeeIds", List.of("E003"))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        http.get()
                .uri("/api/incidents/" + id + "/audit")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].actor")
                .isEqualTo("oidc-commander");
    }

    @Test
    @Order(2)
    void rolesComeFromTheConfiguredClaimThroughTheRoleMapping() {
        String hr = IDP.token(
                Map.of("preferred_username", "oidc-hr", "realm_access", Map.of("roles", List.of("muster-hr"))));
        http.get()
                .uri("/api/people")
                .headers(h -> h.setBearerAuth(hr))
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBearerAuth(hr))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isForbidden();
        String rolesElsewhere = IDP.token(Map.of("preferred_username", "oidc-x", "roles", List.of("COMMANDER")));
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBearerAuth(rolesElsewhere))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    @Order(2)
    void withARoleMappingOnlyMappedRolesAreGranted() {
        String token = IDP.token(Map.of(
                "preferred_username",
                "oidc-mixed",
                "realm_access",
                Map.of("roles", List.of("muster-hr", "ADMIN", "other-apps-admin"))));
        http.get()
                .uri("/api/people")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/roles")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Mapped " + UUID.randomUUID()))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    @Order(3)
    void aPersonIsMatchedByEmailOnlyWhenTheProviderVerifiedTheAddress() {
        var person = db.sql("SELECT id, email FROM people WHERE employee_id = 'E021'")
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("email")))
                .optional()
                .orElse(null);
        var byEmail = new JwtLogins(
                new JwtProperties(
                        IDP.issuer(),
                        IDP.jwkSetUri(),
                        "muster",
                        "realm_access.roles",
                        Map.of(),
                        "preferred_username",
                        "email",
                        JwtProperties.PersonMatch.EMAIL),
                jdbc);
        assertThat(current(byEmail, emailJwt(person.getValue(), true)).personId())
                .isEqualTo(person.getKey());
        assertThat(current(byEmail, emailJwt(person.getValue().toUpperCase(), true))
                        .personId())
                .isEqualTo(person.getKey());
        assertThat(current(byEmail, emailJwt(person.getValue(), false)).personId())
                .isNull();
        assertThat(current(byEmail, emailJwt(person.getValue(), null)).personId())
                .isNull();
    }

    @Test
    @Order(3)
    void theLoginsPersonComesFromTheEmployeeIdClaim() {
        UUID hrPerson = db.sql("SELECT id FROM people WHERE employee_id = 'E021'")
                .query(UUID.class)
                .optional()
                .orElse(null);
        CurrentUser known = current(jwt("E021"));
        assertThat(known).isEqualTo(new CurrentUser("oidc-user", java.util.Set.of("HR"), hrPerson));
        assertThat(current(jwt("NOT-IN-DIRECTORY")).personId()).isNull();
    }

    @Test
    @Order(4)
    void tokensWithAWrongIssuerExpiredABadSignatureOrAnotherAudienceAreUnauthorizedProblems() {
        Map<String, Object> claims =
                Map.of("preferred_username", "x", "realm_access", Map.of("roles", List.of("admin")));
        Instant later = Instant.now().plusSeconds(300);
        String wrongIssuer = IdentityProvider.sign(IDP.key(), "http://elsewhere.example/realms/muster", later, claims);
        String expired =
                IdentityProvider.sign(IDP.key(), IDP.issuer(), Instant.now().minusSeconds(600), claims);
        String forged =
                IdentityProvider.sign(IdentityProvider.newKey(IDP.key().getKeyID()), IDP.issuer(), later, claims);
        String otherAudience =
                IDP.token(Map.of("aud", "someone-else", "realm_access", Map.of("roles", List.of("admin"))));
        for (String token : List.of(wrongIssuer, expired, forged, otherAudience, "not-a-jwt")) {
            http.get()
                    .uri("/api/incidents")
                    .headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:unauthenticated");
        }
    }

    @Test
    @Order(5)
    void repeatedFailuresForOneUsernameAre429EvenWithTheRightPasswordAndFromAnotherAddress() {
        String username = localAccount();
        for (int i = 0; i < 3; i++) {
            basic(username, "wrong", "198.51.100.1").expectStatus().isUnauthorized();
        }
        basic(username, PASSWORD, "198.51.100.2")
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value))
                        .isBetween(1L, 300L))
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:too-many-attempts");
    }

    @Test
    @Order(6)
    void anUnknownUsernameIsThrottledExactlyLikeAKnownOne() {
        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            basic(unknown, "wrong", "198.51.100.3").expectStatus().isUnauthorized();
        }
        basic(unknown, "wrong", "198.51.100.3").expectStatus().isEqualTo(429);
    }

    @Test
    @Order(7)
    void repeatedFailuresFromOneAddressBlockEveryUsernameFromThatAddressOnly() {
        for (int i = 0; i < 6; i++) {
            basic("guess-" + UUID.randomUUID(), "wrong", "198.51.100.4")
                    .expectStatus()
                    .isUnauthorized();
        }
        basic("commander", PASSWORD, "198.51.100.4").expectStatus().isEqualTo(429);
        basic("commander", PASSWORD, "198.51.100.5").expectStatus().isOk();
    }

    @Test
    @Order(8)
    void aGoodPasswordClearsTheUsernamesFailures() {
        String username = localAccount();
        basic(username, "wrong", "198.51.100.6").expectStatus().isUnauthorized();
        basic(username, "wrong", "198.51.100.6").expectStatus().isUnauthorized();
        basic(username, PASSWORD, "198.51.100.6").expectStatus().isOk();
        basic(username, "wrong", "198.51.100.7").expectStatus().isUnauthorized();
        basic(username, "wrong", "198.51.100.7").expectStatus().isUnauthorized();
        basic(username, PASSWORD, "198.51.100.7").expectStatus().isOk();
    }

    @Test
    @Order(9)
    void concurrentGuessesCannotAllPassBeforeTheFirstFailureCounts() {
        String username = localAccount();
        // Threads of the test's own: the service's pools must stay free to answer.
        List<Integer> statuses;
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            var calls = java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> basic(username, "guess-" + i, "198.51.100." + (20 + i))
                                    .returnResult(String.class)
                                    .getStatus()
                                    .value(),
                            threads))
                    .toList();
            statuses = calls.stream()
                    .map(java.util.concurrent.CompletableFuture::join)
                    .toList();
        }

        assertThat(statuses).filteredOn(status -> status == 401).hasSizeLessThanOrEqualTo(3);
        assertThat(statuses).filteredOn(status -> status == 429).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    @Order(10)
    void aFloodOfOtherNamesNeverStopsAUsernameFromBeingCounted() {
        for (int i = 0; i < 60; i++) {
            basic("flood-" + UUID.randomUUID(), "wrong", "198.51.101." + i)
                    .expectStatus()
                    .isUnauthorized();
        }
        String victim = localAccount();
        for (int i = 0; i < 3; i++) {
            basic(victim, "wrong", "198.51.102.1").expectStatus().isUnauthorized();
        }
        basic(victim, "wrong", "198.51.102.2").expectStatus().isEqualTo(429);
    }

    @Test
    @Order(11)
    void nobodyElsewhereCanLockALoginOutOfAnAddressItSignedInFromBefore() {
        String breakGlass = localAccount();
        basic(breakGlass, PASSWORD, "198.51.103.1").expectStatus().isOk();
        for (int i = 0; i < 5; i++) {
            basic(breakGlass, "attacker-" + i, "198.51.103." + (10 + i))
                    .expectStatus()
                    .value(status -> assertThat(status).isIn(401, 429));
        }
        basic(breakGlass, PASSWORD, "198.51.103.99").expectStatus().isEqualTo(429);

        basic(breakGlass, PASSWORD, "198.51.103.1").expectStatus().isOk();
    }

    @Test
    @Order(12)
    void theThrottleIsKeptInTheDatabaseWhereEveryInstanceSeesIt() {
        String username = localAccount();
        basic(username, "wrong", "198.51.104.1").expectStatus().isUnauthorized();
        assertThat(db.sql("SELECT count(*) FROM rate_counters WHERE key LIKE 'user:%' AND count > 0")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    @Order(100)
    void breakGlassAccountsStillWorkWhileTheIdentityProviderIsDown() {
        IDP.close();
        basic("commander", PASSWORD, "198.51.100.8").expectStatus().isOk();
        String unknownKey = IdentityProvider.sign(
                IdentityProvider.newKey("rotated-key"),
                IDP.issuer(),
                Instant.now().plusSeconds(300),
                Map.of("realm_access", Map.of("roles", List.of("commander"))));
        http.get()
                .uri("/api/incidents")
                .headers(h -> h.setBearerAuth(unknownKey))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:identity-provider-unavailable");
    }

    private WebTestClient.ResponseSpec basic(String username, String password, String clientAddress) {
        return http.get()
                .uri("/api/incidents?limit=1")
                .headers(h -> {
                    h.setBasicAuth(username, password);
                    h.set("X-Forwarded-For", clientAddress);
                })
                .exchange();
    }

    /** A fresh local account with role COMMANDER and the test password. */
    private String localAccount() {
        String username = "local-" + UUID.randomUUID();
        db.sql("INSERT INTO app_users (username, password_hash, roles) VALUES (?, ?, ARRAY['COMMANDER'])")
                .params(username, passwords.encode(PASSWORD))
                .update();
        return username;
    }

    private static Jwt jwt(String employeeId) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("s")
                .claim("preferred_username", "oidc-user")
                .claim("employee_id", employeeId)
                .claim("realm_access", Map.of("roles", List.of("muster-hr")))
                .build();
    }

    private static Jwt emailJwt(String email, Boolean verified) {
        var jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("s")
                .claim("preferred_username", "oidc-by-email")
                .claim("email", email)
                .claim("realm_access", Map.of("roles", List.of("muster-hr")));
        if (verified != null) {
            jwt.claim("email_verified", verified);
        }
        return jwt.build();
    }

    private CurrentUser current(Jwt jwt) {
        return current(jwtLogins, jwt);
    }

    private CurrentUser current(JwtLogins logins, Jwt jwt) {
        return logins.login(jwt)
                .flatMap(login ->
                        currentUsers.current().contextWrite(ReactiveSecurityContextHolder.withAuthentication(login)))
                .block();
    }
}
