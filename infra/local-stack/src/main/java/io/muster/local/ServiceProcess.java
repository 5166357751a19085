package io.muster.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One Muster service in its own JVM, as in production, ready when its health endpoint says UP. */
final class ServiceProcess implements StackPart {

    // Generous: on a shared 2-core box under load a Spring Boot service has needed over two and a half minutes.
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String baseUrl;
    private final ChildProcess process;

    private ServiceProcess(String name, String baseUrl, ChildProcess process) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.process = process;
    }

    /** The service's JVM with its command fixed; not started yet. */
    static ServiceProcess of(
            String name,
            Path jar,
            String baseUrl,
            List<String> jvmOptions,
            List<String> arguments,
            Path logs,
            StaleProcesses pids) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx512m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        return new ServiceProcess(name, baseUrl, new ChildProcess(name, command, logs, pids));
    }

    @Override
    public void launch() {
        process.start();
    }

    @Override
    public boolean running() {
        return process.running();
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public void stop() {
        process.stop();
    }

    @Override
    public void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            process.failIfExited();
            if (answersUp(health)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException(name + " was not healthy within " + STARTUP + "; see " + process.logFile());
    }

    private static boolean answersUp(HttpRequest health) {
        try {
            HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }

    // A readiness poll between HTTP probes of a separate process; nothing in this JVM can signal it.
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    Path logFile() {
        return process.logFile();
    }
}
