package io.muster.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials of the local stack, generated once per data directory and kept there, so the
 * printed demo password stays valid across runs and nothing secret is committed.
 */
public record LocalSecrets(
        String demoPassword, String twilioAccountSid, String twilioAuthToken, String answerTokenSecret) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static LocalSecrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve("secrets.properties");
        try {
            LocalSecrets secrets = Files.isRegularFile(file) ? read(file) : generated();
            if (!secrets.complete()) {
                // Secrets kept by an older launcher: keep what is there, add what is new.
                secrets = secrets.filledFrom(generated());
            }
            write(file, secrets);
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep local credentials in " + file, e);
        }
    }

    private static LocalSecrets generated() {
        return new LocalSecrets("muster-" + randomHex(4), "AC" + randomHex(16), randomHex(16), randomHex(32));
    }

    private boolean complete() {
        return demoPassword != null && twilioAccountSid != null && twilioAuthToken != null && answerTokenSecret != null;
    }

    private LocalSecrets filledFrom(LocalSecrets fresh) {
        return new LocalSecrets(
                demoPassword != null ? demoPassword : fresh.demoPassword,
                twilioAccountSid != null ? twilioAccountSid : fresh.twilioAccountSid,
                twilioAuthToken != null ? twilioAuthToken : fresh.twilioAuthToken,
                answerTokenSecret != null ? answerTokenSecret : fresh.answerTokenSecret);
    }

    private static LocalSecrets read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return new LocalSecrets(
                properties.getProperty("demo.password"),
                properties.getProperty("twilio.account-sid"),
                properties.getProperty("twilio.auth-token"),
                properties.getProperty("answer-token.secret"));
    }

    private static void write(Path file, LocalSecrets secrets) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("demo.password", secrets.demoPassword());
        properties.setProperty("twilio.account-sid", secrets.twilioAccountSid());
        properties.setProperty("twilio.auth-token", secrets.twilioAuthToken());
        properties.setProperty("answer-token.secret", secrets.answerTokenSecret());
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "Muster local stack credentials (local use only)");
        }
    }

    /**
     * A secret for one purpose (e.g. {@code subscribers}), derived from the kept answer-token secret
     * with HMAC-SHA256: distinct per purpose, stable across runs, and nothing more to keep on disk.
     */
    public String derived(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(answerTokenSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
