package io.muster.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository the checks read: the deployment files and the services' own settings and builds. */
final class Repository {

    /** The three services, by their Maven artifact id (also their image and workload names). */
    static final List<String> SERVICES = List.of("incident-service", "notifier", "inbound-gateway");

    private Repository() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("deploy")) && Files.isDirectory(dir.resolve("infra")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "not inside the Muster repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    /** The version the build gives the images (the project's), passed by surefire. */
    static String version() {
        String version = System.getProperty("muster.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("run through Maven: surefire passes muster.version");
        }
        return version;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, as maps (a file that is not YAML fails here, with its name). */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map<?, ?>)) {
                    throw new IllegalStateException(file + ": a document that is not a mapping: " + document);
                }
                documents.add(Yamls.map(document));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + ": expected one YAML document, found " + documents.size());
        }
        return documents.getFirst();
    }
}
