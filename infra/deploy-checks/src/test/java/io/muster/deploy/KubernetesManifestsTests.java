package io.muster.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (deploy/kubernetes), rendered as kustomize would (no kubectl here), against the services
 * as they are: their health groups, their settings, their shutdown, the images the build makes.
 */
class KubernetesManifestsTests {

    private static final Path KUBERNETES = Repository.path("deploy/kubernetes");
    private static final Path BASE = KUBERNETES.resolve("base");
    private static final Path OVERLAY = KUBERNETES.resolve("overlays/example");
    /** Names that hold a credential: only ever from a Secret. */
    static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|ACCOUNT_SID|SASL_JAAS).*");

    private final Workloads rendered = new Workloads(Kustomize.render(OVERLAY));

    @Test
    void everyFileIsInItsKustomizationAndEveryListedFileExists() throws IOException {
        List<Path> directories;
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            directories = walk.filter(Files::isDirectory).toList();
        }
        for (Path dir : directories) {
            List<Path> yamls = files(dir, ".yaml");
            if (yamls.isEmpty()) {
                continue;
            }
            assertThat(dir.resolve("kustomization.yaml"))
                    .as("%s has YAML but no kustomization", dir)
                    .exists();
            Set<Path> referenced = Kustomize.referencedFiles(dir);
            for (Path file : referenced) {
                Path example = file.resolveSibling(file.getFileName() + ".example");
                assertThat(Files.exists(file) || (file.toString().endsWith(".env") && Files.exists(example)))
                        .as("%s names %s, which is not there", dir, file)
                        .isTrue();
            }
            for (Path yaml : yamls) {
                if (!yaml.getFileName().toString().equals("kustomization.yaml")) {
                    assertThat(referenced).as("%s is in no kustomization", yaml).contains(yaml);
                }
            }
        }
        for (Path dir : directories) {
            for (Path example : files(dir, ".env.example")) {
                Path env =
                        example.resolveSibling(example.getFileName().toString().replace(".example", ""));
                assertThat(Kustomize.referencedFiles(dir.getParent()))
                        .as("%s generates nothing", example)
                        .contains(env);
                assertThat(Repository.read(dir.resolve(".gitignore")))
                        .as("the filled-in %s must never be committed", env)
                        .contains("*.env");
            }
        }
    }

    @Test
    void everyManifestParsesAsKubernetesObjects() {
        for (Map<String, Object> object : rendered.objects()) {
            assertThat(object).as("%s", object).containsKeys("apiVersion", "kind", "metadata");
            assertThat(Yamls.stringAt(object, "metadata.name")).as("%s", object).isNotBlank();
            assertThat(Yamls.stringAt(object, "metadata.namespace")).isEqualTo("muster");
        }
    }

    @Test
    void eachServiceRunsTwoPodsAndADisruptionBudgetKeepsOneUp() {
        for (String service : Repository.SERVICES) {
            Map<String, Object> workload = rendered.workload(service);
            assertThat(Yamls.at(workload, "spec.replicas")).as(service).contains(2);
            Map<String, Object> selector = Yamls.mapAt(workload, "spec.selector.matchLabels");
            assertThat(Workloads.selects(selector, Workloads.podLabels(workload)))
                    .as("%s selects its own pods", service)
                    .isTrue();
            List<Map<String, Object>> budgets = rendered.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> Workloads.selects(
                            Yamls.mapAt(pdb, "spec.selector.matchLabels"), Workloads.podLabels(workload)))
                    .toList();
            assertThat(budgets).as("the disruption budgets of %s", service).hasSize(1);
            assertThat(Yamls.at(budgets.getFirst(), "spec.minAvailable"))
                    .as(service)
                    .contains(1);
        }
        for (Map<String, Object> pdb : rendered.ofKind("PodDisruptionBudget")) {
            long selected = rendered.workloads().stream()
                    .filter(w ->
                            Workloads.selects(Yamls.mapAt(pdb, "spec.selector.matchLabels"), Workloads.podLabels(w)))
                    .count();
            assertThat(selected)
                    .as("workloads of the budget %s", Yamls.stringAt(pdb, "metadata.name"))
                    .isEqualTo(1);
        }
    }

    @Test
    void probesCallHealthGroupsTheServiceServesOnItsPort() {
        for (String service : Repository.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, Object> container = Workloads.container(rendered.workload(service));
            Map<String, Object> port = Yamls.maps(container.get("ports")).getFirst();
            assertThat(port.get("containerPort")).as(service).isEqualTo(settings.port());
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> get = Yamls.mapAt(container, probe + ".httpGet");
                assertThat(get).as("%s has a %s over HTTP", service, probe).isNotEmpty();
                assertThat(String.valueOf(get.get("port")))
                        .as(service)
                        .isIn(String.valueOf(port.get("name")), String.valueOf(settings.port()));
                String path = String.valueOf(get.get("path"));
                assertThat(path).as(service).startsWith("/actuator/health/");
                assertThat(settings.healthGroups())
                        .as("%s's %s calls %s", service, probe, path)
                        .contains(path.substring("/actuator/health/".length()));
            }
            assertThat(Yamls.stringAt(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
            assertThat(Yamls.stringAt(container, "readinessProbe.httpGet.path"))
                    .isEqualTo("/actuator/health/readiness");
        }
    }

    @Test
    void everyConfigMapAndSecretKeyReferencedExists() {
        for (Map<String, Object> workload : rendered.workloads()) {
            Map<String, Object> container = Workloads.container(workload);
            for (Map<String, Object> variable : Workloads.env(container)) {
                for (String source : List.of("configMapKeyRef", "secretKeyRef")) {
                    Map<String, Object> ref = Yamls.mapAt(variable, "valueFrom." + source);
                    if (ref.isEmpty()) {
                        continue;
                    }
                    String kind = source.equals("configMapKeyRef") ? "ConfigMap" : "Secret";
                    Map<String, Object> target = rendered.named(kind, String.valueOf(ref.get("name")))
                            .orElseThrow(() -> new AssertionError(
                                    variable.get("name") + " reads the missing " + kind + " " + ref.get("name")));
                    assertThat(Yamls.mapAt(target, "data"))
                            .as("%s %s read by %s", kind, ref.get("name"), variable.get("name"))
                            .containsKey(String.valueOf(ref.get("key")));
                }
            }
            for (Map<String, Object> from : Yamls.maps(container.get("envFrom"))) {
                String name = Yamls.stringAt(from, "configMapRef.name");
                assertThat(name)
                        .as("envFrom takes ConfigMaps only (credentials by key from Secrets)")
                        .isNotNull();
                assertThat(rendered.named("ConfigMap", name))
                        .as("ConfigMap %s", name)
                        .isPresent();
            }
        }
    }

    @Test
    void everySettingTheManifestsPassIsOneTheServiceReads() {
        for (String service : Repository.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            for (String variable : variables(rendered.workload(service))) {
                assertThat(settings.reads(variable))
                        .as("%s is given %s, which it does not read", service, variable)
                        .isTrue();
            }
        }
    }

    @Test
    void credentialsComeOnlyFromSecretsAndEverySecretKeyIsUsed() {
        Set<String> used = new LinkedHashSet<>();
        for (Map<String, Object> workload : rendered.workloads()) {
            Map<String, Object> container = Workloads.container(workload);
            for (Map<String, Object> variable : Workloads.env(container)) {
                String name = String.valueOf(variable.get("name"));
                Map<String, Object> secret = Yamls.mapAt(variable, "valueFrom.secretKeyRef");
                if (CREDENTIAL.matcher(name).matches()) {
                    assertThat(secret)
                            .as("%s: %s must come from a Secret", workload.get("kind"), name)
                            .isNotEmpty();
                }
                if (!secret.isEmpty()) {
                    used.add(secret.get("name") + "/" + secret.get("key"));
                }
            }
            for (Map<String, Object> from : Yamls.maps(container.get("envFrom"))) {
                Map<String, Object> configMap = rendered.named("ConfigMap", Yamls.stringAt(from, "configMapRef.name"))
                        .orElseThrow();
                assertThat(Yamls.mapAt(configMap, "data").keySet())
                        .as("credentials in a ConfigMap")
                        .noneMatch(key -> CREDENTIAL.matcher(key).matches());
            }
        }
        for (Map<String, Object> secret : rendered.ofKind("Secret")) {
            for (String key : Yamls.mapAt(secret, "data").keySet()) {
                assertThat(used)
                        .as("the Secret key %s is read by nobody", key)
                        .contains(Yamls.stringAt(secret, "metadata.name") + "/" + key);
            }
        }
        for (Map<String, Object> configMap : rendered.ofKind("ConfigMap")) {
            assertThat(Yamls.mapAt(configMap, "data").keySet()).noneMatch(key -> key.contains("password"));
        }
    }

    @Test
    void imagesAreTheOnesTheBuildMakes() {
        Workloads base = new Workloads(Kustomize.render(BASE));
        Set<String> overlayImages = new LinkedHashSet<>();
        for (Map<String, Object> image :
                Yamls.maps(Kustomize.kustomization(OVERLAY).get("images"))) {
            overlayImages.add(image.get("name") + ":" + image.get("newTag"));
        }
        for (String service : Repository.SERVICES) {
            String image =
                    String.valueOf(Workloads.container(base.workload(service)).get("image"));
            assertThat(image).as(service).isEqualTo(JibSettings.image(service));
            assertThat(overlayImages).as("the overlay retags %s", service).contains(image);
        }
    }

    @Test
    void podsRunAsTheImagesUserOnAReadOnlyRootWithWritableVolumesWhereTheServicesWrite() {
        for (String service : Repository.SERVICES) {
            Map<String, Object> workload = rendered.workload(service);
            Map<String, Object> pod = Workloads.podSpec(workload);
            Map<String, Object> container = Workloads.container(workload);
            assertThat(Yamls.at(pod, "securityContext.runAsNonRoot"))
                    .as(service)
                    .contains(true);
            assertThat(Yamls.at(pod, "securityContext.runAsUser")).as(service).contains((int) JibSettings.userId());
            assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem"))
                    .as(service)
                    .contains(true);
            assertThat(Yamls.at(container, "securityContext.allowPrivilegeEscalation"))
                    .as(service)
                    .contains(false);
            assertThat(Yamls.list(Yamls.at(container, "securityContext.capabilities.drop")
                            .orElse(null)))
                    .as(service)
                    .contains("ALL");
            assertThat(Yamls.mapAt(container, "resources.requests")).as(service).containsKeys("cpu", "memory");
            assertThat(Yamls.mapAt(container, "resources.limits")).as(service).containsKey("memory");
            List<String> mounts = Yamls.maps(container.get("volumeMounts")).stream()
                    .map(m -> String.valueOf(m.get("mountPath")))
                    .toList();
            assertThat(mounts)
                    .as("%s: the JVM's and Netty's temporary files", service)
                    .contains("/tmp");
        }
        Map<String, Object> gateway = rendered.workload("inbound-gateway");
        String spool = Workloads.env(Workloads.container(gateway)).stream()
                .filter(v -> "MUSTER_GATEWAY_SPOOL_DIRECTORY".equals(v.get("name")))
                .map(v -> String.valueOf(v.get("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the gateway's spool directory is not set"));
        String volume = Yamls.maps(Workloads.container(gateway).get("volumeMounts")).stream()
                .filter(m -> spool.startsWith(String.valueOf(m.get("mountPath"))))
                .map(m -> String.valueOf(m.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the gateway's spool " + spool + " is on the read-only root"));
        List<String> claims = Yamls.maps(
                        Yamls.at(gateway, "spec.volumeClaimTemplates").orElse(null))
                .stream()
                .map(c -> Yamls.stringAt(c, "metadata.name"))
                .toList();
        assertThat(claims)
                .as("the gateway's spool must outlive its pod (a volume claim of its own)")
                .contains(volume);
    }

    @Test
    void podsAreGivenTheTimeTheServicesTakeToShutDown() {
        for (String service : Repository.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, Object> workload = rendered.workload(service);
            Map<String, Object> container = Workloads.container(workload);
            assertThat(settings.shutsDownGracefully()).as(service).isTrue();
            long preStop = Yamls.at(container, "lifecycle.preStop.sleep.seconds")
                    .map(s -> Long.parseLong(String.valueOf(s)))
                    .orElse(0L);
            // the web server's graceful phase, then the phase stopping the relays and Kafka consumers
            long needed = preStop + 2 * settings.shutdownPhase().toSeconds();
            assertThat(Yamls.at(Workloads.podSpec(workload), "terminationGracePeriodSeconds")
                            .map(s -> Long.parseLong(String.valueOf(s)))
                            .orElse(30L))
                    .as("%s's termination grace", service)
                    .isGreaterThanOrEqualTo(needed);
        }
    }

    @Test
    void servicesSelectTheirPodsOnNamedPorts() {
        for (Map<String, Object> service : rendered.ofKind("Service")) {
            Map<String, Object> selector = Yamls.mapAt(service, "spec.selector");
            List<Map<String, Object>> selected = rendered.workloads().stream()
                    .filter(w -> Workloads.selects(selector, Workloads.podLabels(w)))
                    .toList();
            assertThat(selected)
                    .as("pods of the Service %s", Yamls.stringAt(service, "metadata.name"))
                    .hasSize(1);
            List<Object> portNames = Yamls.maps(
                            Workloads.container(selected.getFirst()).get("ports"))
                    .stream()
                    .map(p -> p.get("name"))
                    .toList();
            for (Map<String, Object> port :
                    Yamls.maps(Yamls.at(service, "spec.ports").orElse(null))) {
                assertThat(portNames).contains(port.get("targetPort"));
            }
        }
        for (Map<String, Object> statefulSet : rendered.ofKind("StatefulSet")) {
            Map<String, Object> governing = rendered.named("Service", Yamls.stringAt(statefulSet, "spec.serviceName"))
                    .orElseThrow(() -> new AssertionError("the StatefulSet's governing Service is missing"));
            assertThat(Yamls.stringAt(governing, "spec.clusterIP")).isEqualTo("None");
        }
    }

    /** The environment variables a workload's container gets: its own and its ConfigMaps' keys. */
    private List<String> variables(Map<String, Object> workload) {
        Map<String, Object> container = Workloads.container(workload);
        List<String> names = new ArrayList<>();
        Workloads.env(container).forEach(v -> names.add(String.valueOf(v.get("name"))));
        for (Map<String, Object> from : Yamls.maps(container.get("envFrom"))) {
            rendered.named("ConfigMap", Yamls.stringAt(from, "configMapRef.name"))
                    .ifPresent(c -> names.addAll(Yamls.mapAt(c, "data").keySet()));
        }
        return names;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
