package io.muster.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The executable jars of the three services, as the build leaves them. */
public record ServiceJars(Path incidentService, Path notifier, Path gateway) {

    /** The jars under {@code <repo>/<module>/target}, built by {@code ./mvnw package}. */
    public static ServiceJars builtIn(Path repository, String version) {
        return new ServiceJars(
                jar(repository, "incident-service", version),
                jar(repository, "notifier", version),
                jar(repository, "inbound-gateway", version));
    }

    private static Path jar(Path repository, String module, String version) {
        Path jar = repository.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        return jar;
    }
}
