package io.muster.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The single-host compose file (deploy/compose) against the services as they are and the images the build makes. */
class ComposeFileTests {

    private static final Path COMPOSE = Repository.path("deploy/compose");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::?[-?][^}]*)?}");
    private static final Pattern INSTANCE = Pattern.compile("(.+)-(\\d+)");

    private final Map<String, Object> compose = Repository.yaml(COMPOSE.resolve("compose.yaml"));
    private final Map<String, Object> services = Yamls.map(compose.get("services"));

    @Test
    void dependenciesExistAndWaitForHealthOnlyWhereThereIsAHealthCheck() {
        services.forEach((name, definition) -> {
            Object dependsOn = Yamls.map(definition).get("depends_on");
            Map<String, Object> dependencies = dependsOn instanceof List<?> list
                    ? list.stream()
                            .collect(LinkedHashMap::new, (m, d) -> m.put(String.valueOf(d), Map.of()), Map::putAll)
                    : Yamls.map(dependsOn);
            dependencies.forEach((dependency, how) -> {
                assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
                if ("service_healthy".equals(Yamls.map(how).get("condition"))) {
                    assertThat(Yamls.map(services.get(dependency)))
                            .as("%s waits for %s to be healthy", name, dependency)
                            .containsKey("healthcheck");
                }
            });
        });
    }

    @Test
    void twoInstancesOfEachServiceRunTheImagesTheBuildMakesEachWithItsOwnKafkaId() {
        Set<String> instanceIds = new LinkedHashSet<>();
        for (String service : Repository.SERVICES) {
            List<String> instances = instances(service);
            assertThat(instances).as("instances of %s", service).hasSizeGreaterThanOrEqualTo(2);
            for (String instance : instances) {
                Map<String, Object> definition = Yamls.map(services.get(instance));
                assertThat(definition.get("image")).as(instance).isEqualTo(JibSettings.image(service));
                Object id = environment(instance).get("MUSTER_KAFKA_INSTANCE_ID");
                assertThat(id).as("%s's Kafka instance id", instance).isNotNull();
                assertThat(instanceIds.add(String.valueOf(id)))
                        .as(
                                "%s's Kafka instance id %s is another instance's (it would fence its consumers)",
                                instance, id)
                        .isTrue();
            }
            // the first instance migrates the schema; the others start once it serves
            for (String later : instances.subList(1, instances.size())) {
                assertThat(Yamls.stringAt(services.get(later), "depends_on." + instances.getFirst() + ".condition"))
                        .as(later)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void everySettingPassedIsOneTheServiceReadsAndCredentialsComeFromTheEnvironmentFile() {
        for (String service : Repository.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            for (String instance : instances(service)) {
                environment(instance).forEach((variable, value) -> {
                    assertThat(settings.reads(variable))
                            .as("%s is given %s, which it does not read", instance, variable)
                            .isTrue();
                    if (KubernetesManifestsTests.CREDENTIAL.matcher(variable).matches()) {
                        assertThat(String.valueOf(value))
                                .as("%s's %s must come from .env, never a value in the file", instance, variable)
                                .matches(INTERPOLATION);
                    }
                });
            }
        }
    }

    @Test
    void theEnvironmentFileExampleListsExactlyWhatTheComposeFileReads() {
        Set<String> interpolated = new LinkedHashSet<>();
        Matcher matcher = INTERPOLATION.matcher(Repository.read(COMPOSE.resolve("compose.yaml")));
        while (matcher.find()) {
            interpolated.add(matcher.group(1));
        }
        assertThat(Kustomize.envKeys(COMPOSE.resolve("env.example"))).containsExactlyInAnyOrderElementsOf(interpolated);
        assertThat(Repository.read(COMPOSE.resolve(".gitignore")))
                .as("the filled-in .env is never committed")
                .contains(".env");
    }

    @Test
    void healthChecksCallAHealthGroupTheServiceServesWithTheImagesHealthCheckProgram() {
        String containerBase = Repository.read(Repository.path("infra/container-base/pom.xml"));
        for (String service : Repository.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            for (String instance : instances(service)) {
                List<String> test =
                        Yamls.list(Yamls.at(services.get(instance), "healthcheck.test")
                                        .orElse(null))
                                .stream()
                                .map(String::valueOf)
                                .toList();
                assertThat(test).as(instance).startsWith("CMD", "java");
                String classPath = test.get(test.indexOf("-cp") + 1);
                assertThat(containerBase)
                        .as("the image holds the program at %s", classPath)
                        .contains("${container-base.rootfs}" + classPath + "\"");
                String program = test.get(test.indexOf("-cp") + 2);
                assertThat(Repository.path("infra/container-base/src/main/java/" + program.replace('.', '/') + ".java"))
                        .exists();
                URI url = URI.create(test.getLast());
                assertThat(url.getPort()).as(instance).isEqualTo(settings.port());
                assertThat(settings.healthGroups())
                        .as("%s's health check calls %s", instance, url.getPath())
                        .contains(url.getPath().substring("/actuator/health/".length()));
            }
        }
    }

    @Test
    void containersHaveAReadOnlyRootWritableTemporaryFilesAndOneSpoolVolumePerGateway() {
        Set<String> spoolVolumes = new LinkedHashSet<>();
        for (String service : Repository.SERVICES) {
            for (String instance : instances(service)) {
                Map<String, Object> definition = Yamls.map(services.get(instance));
                assertThat(definition.get("read_only")).as(instance).isEqualTo(true);
                assertThat(Yamls.list(definition.get("tmpfs"))).as(instance).contains("/tmp");
                assertThat(Yamls.list(definition.get("cap_drop"))).as(instance).contains("ALL");
                long grace = ServiceSettings.duration(String.valueOf(definition.get("stop_grace_period")))
                        .toSeconds();
                assertThat(grace)
                        .as("%s's stop grace", instance)
                        .isGreaterThanOrEqualTo(
                                2 * ServiceSettings.of(service).shutdownPhase().toSeconds());
            }
        }
        for (String gateway : instances("inbound-gateway")) {
            String spool = String.valueOf(environment(gateway).get("MUSTER_GATEWAY_SPOOL_DIRECTORY"));
            String volume = Yamls.list(Yamls.map(services.get(gateway)).get("volumes")).stream()
                    .map(String::valueOf)
                    .filter(v -> v.endsWith(":" + spool))
                    .map(v -> v.substring(0, v.indexOf(':')))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(gateway + "'s spool " + spool + " is not on a volume"));
            assertThat(Yamls.map(compose.get("volumes"))).containsKey(volume);
            assertThat(spoolVolumes.add(volume))
                    .as("%s shares its spool volume", gateway)
                    .isTrue();
        }
    }

    @Test
    void theBalancerSendsToEveryGateway() {
        Map<String, Object> balancer = Yamls.map(services.get("gateway-balancer"));
        String mount = String.valueOf(Yamls.list(balancer.get("volumes")).getFirst());
        Path configuration = COMPOSE.resolve(mount.substring(0, mount.indexOf(':')));
        String nginx = Repository.read(configuration);
        int port = ServiceSettings.of("inbound-gateway").port();
        for (String gateway : instances("inbound-gateway")) {
            assertThat(nginx).contains("server " + gateway + ":" + port);
        }
        assertThat(nginx).contains("proxy_next_upstream error timeout non_idempotent");
    }

    private List<String> instances(String service) {
        List<String> instances = new ArrayList<>();
        for (String name : services.keySet()) {
            Matcher instance = INSTANCE.matcher(name);
            if (instance.matches() && instance.group(1).equals(service)) {
                instances.add(name);
            }
        }
        return instances;
    }

    private Map<String, Object> environment(String instance) {
        return Yamls.map(Yamls.map(services.get(instance)).get("environment"));
    }
}
