package io.muster.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.testkit.PostgresCoordinates;
import io.muster.testkit.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The services' container images (profile images): what their configuration says, what their layers hold, and
 * that each boots from its own layers alone, with no Docker here: the layers are unpacked into a directory and the
 * entrypoint runs in it as the image's user ({@code unshare} with a new root, mount and PID namespace: what a
 * container runtime does, less the network and cgroup isolation), against the test servers.
 */
@EnabledIfSystemProperty(named = "muster.images", matches = "true")
class ImageTests {

    private static final Path WORK = Repository.path("infra/deploy-checks/target/images");
    private static final Map<String, OciImage> IMAGES = new LinkedHashMap<>();
    /** A secret long enough for the services' checks; only for this run. */
    private static final String TEST_SECRET = "image-test-secret-0123456789abcdef0123456789";

    @BeforeAll
    static void unpack() throws IOException {
        OciImage.run("rm", "-rf", WORK.toString());
        Files.createDirectories(WORK);
        for (String service : Repository.SERVICES) {
            IMAGES.put(service, OciImage.unpack(service, WORK));
        }
    }

    @Test
    void eachImageHasTheNameTheManifestsUse() {
        IMAGES.forEach((service, image) -> assertThat(image.reference()).isEqualTo(JibSettings.image(service)));
    }

    @Test
    void processesRunAsANonRootUserTheImageKnows() {
        for (OciImage image : IMAGES.values()) {
            String user = image.config().path("config").path("User").asString();
            assertThat(user).as(image.service()).isEqualTo(JibSettings.userId() + ":" + JibSettings.groupId());
            assertThat(JibSettings.userId()).isNotZero();
            assertThat(Repository.read(image.rootfs().resolve("etc/passwd")))
                    .as("%s's /etc/passwd", image.service())
                    .containsPattern("(?m)^muster:x:" + JibSettings.userId() + ":" + JibSettings.groupId() + ":");
        }
    }

    @Test
    void theEntrypointStartsTheServiceOnItsPortWithTheImagesJava() {
        for (OciImage image : IMAGES.values()) {
            List<String> entrypoint = image.entrypoint();
            assertThat(executable(image, entrypoint.getFirst()))
                    .as("%s: %s", image.service(), entrypoint)
                    .isExecutable();
            String application = entrypoint.getLast();
            assertThat(image.rootfs().resolve("app/classes/" + application.replace('.', '/') + ".class"))
                    .as(image.service())
                    .exists();
            assertThat(image.config()
                            .path("config")
                            .path("ExposedPorts")
                            .has(ServiceSettings.of(image.service()).port() + "/tcp"))
                    .as("%s exposes its port", image.service())
                    .isTrue();
            assertThat(image.config().path("config").path("WorkingDir").asString())
                    .isEqualTo("/var/lib/muster");
        }
    }

    @Test
    void theRuntimeIsOneLayerSharedByTheThreeImagesAndTheOtherLayersHoldTheService() {
        List<String> runtimes = IMAGES.values().stream()
                .map(image -> image.layerDigests().getLast())
                .distinct()
                .toList();
        assertThat(runtimes).as("the runtime layer of the three images").hasSize(1);
        OciImage any = IMAGES.values().iterator().next();
        assertThat(any.layerFiles(runtimes.getFirst()))
                .contains(
                        "opt/java/bin/java",
                        "opt/java/lib/modules",
                        "opt/java/lib/server/libjvm.so",
                        "lib64/ld-linux-x86-64.so.2",
                        "lib/x86_64-linux-gnu/libc.so.6",
                        "etc/passwd",
                        "opt/muster/healthcheck/io/muster/container/HealthCheck.class",
                        "tmp/",
                        "var/lib/muster/");
        for (OciImage image : IMAGES.values()) {
            List<String> application = new ArrayList<>();
            image.layerDigests()
                    .subList(0, image.layerDigests().size() - 1)
                    .forEach(digest -> application.addAll(image.layerFiles(digest)));
            assertThat(application)
                    .as(image.service())
                    .anyMatch(f -> f.startsWith("app/libs/spring-boot-"))
                    .anyMatch(f -> f.startsWith("app/classes/io/muster/"))
                    .contains("app/resources/application.yml")
                    .noneMatch(f -> f.startsWith("opt/") || f.startsWith("etc/"));
        }
    }

    @Test
    void eachImageBootsFromItsLayersAgainstRealServersServesItsHealthGroupsAndStopsGracefully() throws Exception {
        assumeTrue("0".equals(OciImage.run("id", "-u").trim()), "running an image's layers needs root (CI is)");
        TestServers servers = TestServers.shared();
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, Process> running = new LinkedHashMap<>();
        try {
            for (OciImage image : IMAGES.values()) {
                int port = freePort();
                ports.put(image.service(), port);
                running.put(image.service(), start(image, settings(image.service(), port, servers)));
            }
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            for (OciImage image : IMAGES.values()) {
                for (String group : ServiceSettings.of(image.service()).healthGroups()) {
                    URI health =
                            URI.create("http://127.0.0.1:" + ports.get(image.service()) + "/actuator/health/" + group);
                    try {
                        Awaitility.await(image.service() + " serving " + health)
                                .atMost(Duration.ofMinutes(8))
                                .pollInterval(Duration.ofSeconds(2))
                                .ignoreExceptions()
                                .until(() -> http.send(
                                                        HttpRequest.newBuilder(health)
                                                                .build(),
                                                        HttpResponse.BodyHandlers.discarding())
                                                .statusCode()
                                        == 200);
                    } catch (ConditionTimeoutException e) {
                        throw new AssertionError(e.getMessage() + "; its log ends:\n" + log(image), e);
                    }
                }
            }
            OciImage gateway = IMAGES.get("inbound-gateway");
            assertThat(Files.isDirectory(gateway.rootfs().resolve("var/lib/muster/spool")))
                    .as("the gateway made its spool as the image's user")
                    .isTrue();
            // compose's health check: the image's own program, inside the image
            int port = ports.get("inbound-gateway");
            assertThat(healthCheck(gateway, "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .isZero();
            assertThat(healthCheck(gateway, "http://127.0.0.1:" + port + "/actuator/health/no-such-group"))
                    .isOne();
            for (OciImage image : IMAGES.values()) {
                stop(running.get(image.service()));
            }
            for (OciImage image : IMAGES.values()) {
                Process process = running.get(image.service());
                assertThat(process.waitFor(90, TimeUnit.SECONDS))
                        .as("%s stopped", image.service())
                        .isTrue();
                assertThat(log(image)).as("%s's shutdown", image.service()).contains("Graceful shutdown complete");
            }
        } finally {
            running.values().forEach(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        }
    }

    /** The settings an operator gives the service (docs/deploy.md), pointed at the test servers. */
    private static Map<String, String> settings(String service, int port, TestServers servers) {
        PostgresCoordinates postgres = servers.postgres();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SERVER_PORT", String.valueOf(port));
        settings.put("SERVER_ADDRESS", "127.0.0.1");
        settings.put("JAVA_TOOL_OPTIONS", "-Xmx512m -XX:TieredStopAtLevel=1");
        settings.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers());
        settings.put("MUSTER_KAFKA_INSTANCE_ID", service + "-image-test");
        settings.put("MUSTER_DB_PASSWORD", postgres.password());
        settings.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        settings.put("SPRING_DATASOURCE_USERNAME", postgres.username());
        settings.put("SPRING_FLYWAY_URL", postgres.jdbcUrl());
        settings.put("SPRING_FLYWAY_USER", postgres.username());
        String smtp = String.valueOf(servers.greenMail().getSmtp().getPort());
        switch (service) {
            case "incident-service" -> {
                settings.put("SPRING_R2DBC_URL", postgres.r2dbcUrl());
                settings.put("SPRING_R2DBC_USERNAME", postgres.username());
                settings.put("SPRING_MAIL_HOST", "127.0.0.1");
                settings.put("SPRING_MAIL_PORT", smtp);
                settings.put("MUSTER_SUBSCRIBERS_SECRET", TEST_SECRET);
            }
            case "notifier" -> {
                settings.put("SPRING_MAIL_HOST", "127.0.0.1");
                settings.put("SPRING_MAIL_PORT", smtp);
                settings.put("MUSTER_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000");
                settings.put("MUSTER_TWILIO_AUTH_TOKEN", TEST_SECRET);
                settings.put("MUSTER_TWILIO_FROM_NUMBER", "+15550009999");
                settings.put("MUSTER_TOKENS_SECRETS", TEST_SECRET);
            }
            default -> {
                settings.put("SPRING_R2DBC_URL", postgres.r2dbcUrl());
                settings.put("SPRING_R2DBC_USERNAME", postgres.username());
                settings.put("MUSTER_TWILIO_AUTH_TOKENS", TEST_SECRET);
                settings.put("MUSTER_TOKENS_SECRETS", TEST_SECRET);
                settings.put("MUSTER_GATEWAY_SPOOL_DIRECTORY", "/var/lib/muster/spool");
            }
        }
        return settings;
    }

    /** Runs the image's entrypoint in its unpacked layers, as its user, in its working directory. */
    private static Process start(OciImage image, Map<String, String> settings) throws IOException {
        prepareRuntimeFiles(image.rootfs());
        List<String> command = new ArrayList<>(inImage(image, true));
        List<String> entrypoint = image.entrypoint();
        command.add("/" + image.rootfs().relativize(executable(image, entrypoint.getFirst())));
        command.addAll(entrypoint.subList(1, entrypoint.size()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(image.environment());
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true)
                .redirectOutput(WORK.resolve(image.service() + ".log").toFile());
        return builder.start();
    }

    private static int healthCheck(OciImage image, String url) throws Exception {
        List<String> command = new ArrayList<>(inImage(image, false));
        command.addAll(List.of(
                "/opt/java/bin/java",
                "-Xmx16m",
                "-cp",
                "/opt/muster/healthcheck",
                "io.muster.container.HealthCheck",
                url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static List<String> inImage(OciImage image, boolean ownPids) {
        // /proc as a runtime mounts it: the dynamic loader finds the runtime's libraries through /proc/self/exe
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--mount-proc=/proc"));
        if (ownPids) {
            command.addAll(List.of("--pid", "--fork"));
        }
        command.addAll(List.of(
                "--root=" + image.rootfs(),
                "--wd=" + image.config().path("config").path("WorkingDir").asString(),
                "--setuid",
                String.valueOf(JibSettings.userId()),
                "--setgid",
                String.valueOf(JibSettings.groupId())));
        return command;
    }

    /** What a container runtime adds to the image: /proc, the basic devices, /etc/hosts. */
    private static void prepareRuntimeFiles(Path rootfs) throws IOException {
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));
        for (String[] device : new String[][] {{"null", "3"}, {"zero", "5"}, {"random", "8"}, {"urandom", "9"}}) {
            if (!Files.exists(rootfs.resolve("dev/" + device[0]))) {
                OciImage.run(
                        "mknod", "-m", "666", rootfs.resolve("dev/" + device[0]).toString(), "c", "1", device[1]);
            }
        }
        Files.writeString(rootfs.resolve("etc/hosts"), "127.0.0.1 localhost\n::1 localhost\n");
    }

    /** The entrypoint's program, found on the image's PATH as a runtime would. */
    private static Path executable(OciImage image, String program) {
        if (program.startsWith("/")) {
            return image.rootfs().resolve(program.substring(1));
        }
        for (String directory : image.environment().getOrDefault("PATH", "").split(":")) {
            Path candidate = image.rootfs().resolve(directory.substring(1)).resolve(program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not on the PATH of " + image.service() + ": " + image.environment());
    }

    /** SIGTERM to the service's JVM (the runtime's stop), not to the launcher around it. */
    private static void stop(Process launcher) {
        launcher.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    private static String log(OciImage image) {
        try {
            String log = Files.readString(WORK.resolve(image.service() + ".log"));
            return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
