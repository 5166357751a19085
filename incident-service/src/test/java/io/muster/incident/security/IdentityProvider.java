package io.muster.incident.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** A stand-in identity provider: an RSA key whose public half a real local HTTP server publishes as JWKS. */
final class IdentityProvider implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private boolean stopped;

    IdentityProvider() {
        key = newKey("muster-test-1");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/realms/muster/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/muster";
    }

    String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** A token signed with the published key, valid for five minutes, with these extra claims. */
    String token(Map<String, Object> claims) {
        return sign(key, issuer(), Instant.now().plusSeconds(300), claims);
    }

    static String sign(RSAKey key, String issuer, Instant expiresAt, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("subject-" + claims.getOrDefault("preferred_username", "anonymous"))
                .audience("muster")
                .issueTime(Date.from(expiresAt.minusSeconds(600)))
                .expirationTime(Date.from(expiresAt));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    RSAKey key() {
        return key;
    }

    static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider goes down: its port stops answering. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
        }
    }
}
