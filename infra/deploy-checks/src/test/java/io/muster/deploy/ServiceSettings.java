package io.muster.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service really offers a deployment: its port, its health groups, its shutdown grace and the settings it
 * reads (its application.yml, its {@code @ConfigurationProperties}, Spring Boot's properties on its class path and
 * the environment variables its application.yml names). The deployment files are checked against this.
 */
final class ServiceSettings {

    private static final Map<String, ServiceSettings> CACHE = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([\\w-]+)</artifactId>");
    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private final String name;
    private final Map<String, Object> applicationYml;
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final List<Pattern> propertyPatterns = new ArrayList<>();

    private ServiceSettings(String name, Set<String> properties) {
        this.name = name;
        Path yml = Repository.path(name + "/src/main/resources/application.yml");
        this.applicationYml = Repository.yaml(yml);
        Matcher placeholder = PLACEHOLDER.matcher(Repository.read(yml));
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        Set<String> names = new LinkedHashSet<>(properties);
        for (String key : Yamls.flatten(applicationYml).keySet()) {
            int map = key.indexOf(".[");
            names.add(map < 0 ? key.replaceAll("\\[\\d+]", "[*]") : key.substring(0, map) + ".*");
        }
        names.forEach(property -> propertyPatterns.add(environmentPattern(property)));
    }

    /** The service as built: needs its boot jar (the services build before this module). */
    static ServiceSettings of(String service) {
        return CACHE.computeIfAbsent(service, ServiceSettings::load);
    }

    /** A service with only these property names (and its application.yml): for checking the checks. */
    static ServiceSettings withProperties(String service, Set<String> properties) {
        return new ServiceSettings(service, properties);
    }

    private static ServiceSettings load(String service) {
        Path bootJar = Repository.path(service + "/target/" + service + "-" + Repository.version() + ".jar");
        if (!Files.isRegularFile(bootJar)) {
            throw new IllegalStateException(
                    bootJar + " is missing: build the services first (./mvnw -pl " + "infra/deploy-checks -am verify)");
        }
        List<Path> sourceRoots = new ArrayList<>();
        sourceRoots.add(Repository.path(service + "/src/main/java"));
        Matcher artifact = ARTIFACT.matcher(Repository.read(Repository.path(service + "/pom.xml")));
        while (artifact.find()) {
            Path library = Repository.path("infra/" + artifact.group(1) + "/src/main/java");
            if (Files.isDirectory(library)) {
                sourceRoots.add(library);
            }
        }
        Set<String> properties = new LinkedHashSet<>(PropertySources.configurationProperties(sourceRoots));
        properties.addAll(PropertySources.bootMetadata(bootJar));
        return new ServiceSettings(service, properties);
    }

    String name() {
        return name;
    }

    int port() {
        return Integer.parseInt(
                String.valueOf(Yamls.at(applicationYml, "server.port").orElse(8080)));
    }

    /** The health groups served over HTTP: {@code /actuator/health/<group>}. */
    Set<String> healthGroups() {
        Set<String> groups = new LinkedHashSet<>();
        String exposed = String.valueOf(Yamls.at(applicationYml, "management.endpoints.web.exposure.include")
                .orElse(""));
        List<String> exposedEndpoints = List.of(exposed.replace(" ", "").split(","));
        if (!exposedEndpoints.contains("health") && !exposedEndpoints.contains("*")) {
            return groups;
        }
        if (Boolean.TRUE.equals(Yamls.at(applicationYml, "management.endpoint.health.probes.enabled")
                .orElse(false))) {
            groups.add("liveness");
            groups.add("readiness");
        }
        groups.addAll(
                Yamls.mapAt(applicationYml, "management.endpoint.health.group").keySet());
        return groups;
    }

    /** Spring's graceful shutdown waits this long in each of its phases (Boot's default 30 s). */
    Duration shutdownPhase() {
        return Yamls.at(applicationYml, "spring.lifecycle.timeout-per-shutdown-phase")
                .map(String::valueOf)
                .map(ServiceSettings::duration)
                .orElse(Duration.ofSeconds(30));
    }

    /** Spring's simple duration form ({@code 30s}, {@code 2m}, {@code 500ms}) or ISO-8601. */
    static Duration duration(String text) {
        Matcher simple = Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(text.trim());
        if (!simple.matches()) {
            return Duration.parse(text.trim());
        }
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    boolean shutsDownGracefully() {
        return !"immediate".equals(Yamls.stringAt(applicationYml, "server.shutdown"));
    }

    /** Whether the service reads this environment variable: a property's name, or a placeholder in its yml. */
    boolean reads(String environmentVariable) {
        return placeholders.contains(environmentVariable)
                || JVM_VARIABLES.contains(environmentVariable)
                || propertyPatterns.stream()
                        .anyMatch(p -> p.matcher(environmentVariable).matches());
    }

    /**
     * The environment variables Spring binds to a property: upper case, dots as underscores, a dash dropped (or,
     * the legacy form, an underscore), a list index as {@code _N}; {@code *} takes any remainder.
     */
    static Pattern environmentPattern(String property) {
        StringBuilder regex = new StringBuilder();
        for (String segment : property.split("\\.")) {
            if (segment.equals("*")) {
                regex.append("(?:_[A-Z0-9_]+)?");
                break;
            }
            boolean indexed = segment.endsWith("[*]");
            String bare = indexed ? segment.substring(0, segment.length() - 3) : segment;
            if (!regex.isEmpty()) {
                regex.append('_');
            }
            List<String> words = new ArrayList<>();
            for (String word : bare.split("-")) {
                words.add(Pattern.quote(word.toUpperCase()));
            }
            regex.append(String.join("_?", words));
            if (indexed) {
                regex.append("_[0-9]+");
            }
        }
        return Pattern.compile(regex.toString());
    }
}
