package io.muster.notifier;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone simulator as a JVM of its own (its standalone main, from the test classpath), so a
 * benchmark's figures are not shared with the simulator's CPU time inside the notifier's JVM. Read
 * through its {@code /sim} API.
 */
final class SimulatorProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private SimulatorProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts a simulator for one account, without SMS status callbacks (nobody here receives them). */
    static SimulatorProcess start(String accountSid, String authToken, List<String> jvmOptions) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("phone-simulator", ".log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvmOptions);
            command.addAll(List.of(
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.muster.simulator.PhoneSimulatorApplication",
                    "--port=" + port,
                    "--account=" + accountSid + ":" + authToken,
                    "--sms-status-callbacks=false"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            SimulatorProcess simulator = new SimulatorProcess(process, "http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(60)).until(() -> simulator.listening(log));
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    long messagesCreated() {
        return get("/sim/stats").get("messagesCreated").asLong();
    }

    /** When each SMS reached the phone (the simulator's clock, the same machine's). */
    List<Instant> received(String phone) {
        List<Instant> times = new ArrayList<>();
        get("/sim/phones/" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "/messages")
                .forEach(message -> times.add(instant(message.get("at"))));
        return times;
    }

    /** ISO-8601, or seconds since the epoch with a fraction, whichever the simulator's JSON writes. */
    private static Instant instant(JsonNode at) {
        if (at.isNumber()) {
            return Instant.ofEpochSecond(0, Math.round(at.asDouble() * 1e9));
        }
        return Instant.parse(at.asString());
    }

    private boolean listening(Path log) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("phone simulator ended:\n" + Files.readString(log));
        }
        return Files.readString(log).contains("Phone simulator listening on");
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
