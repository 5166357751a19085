package io.muster.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code kubectl kustomize} renders from a kustomization, for the parts the Muster manifests use: resources
 * (files and directories), {@code labels}, {@code namespace}, {@code images}, {@code patches} (strategic merge of
 * maps; lists replaced) and {@code secretGenerator} from env files. No kubectl here: this is the build's stand-in,
 * and anything outside that subset is refused rather than ignored.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of(
            "apiVersion",
            "kind",
            "resources",
            "labels",
            "namespace",
            "images",
            "patches",
            "generatorOptions",
            "secretGenerator");

    private Kustomize() {}

    static Map<String, Object> kustomization(Path dir) {
        return Repository.yaml(dir.resolve("kustomization.yaml"));
    }

    /** The files a kustomization names (resources that are files, patches, generators' env files). */
    static Set<Path> referencedFiles(Path dir) {
        Map<String, Object> kustomization = kustomization(dir);
        Set<Path> files = new LinkedHashSet<>();
        for (Object resource : Yamls.list(kustomization.get("resources"))) {
            files.add(dir.resolve(String.valueOf(resource)).normalize());
        }
        for (Map<String, Object> patch : Yamls.maps(kustomization.get("patches"))) {
            files.add(dir.resolve(String.valueOf(patch.get("path"))).normalize());
        }
        for (Map<String, Object> generator : Yamls.maps(kustomization.get("secretGenerator"))) {
            for (Object env : Yamls.list(generator.get("envs"))) {
                files.add(dir.resolve(String.valueOf(env)).normalize());
            }
        }
        return files;
    }

    /**
     * The rendered objects. A generator's env file is the operator's and not in the repository: its committed
     * {@code .example} stands in for it (same keys, no values).
     */
    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> kustomization = kustomization(dir);
        Set<String> unsupported = new LinkedHashSet<>(kustomization.keySet());
        unsupported.removeAll(SUPPORTED);
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException(dir + ": the build's rendering does not know " + unsupported);
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Yamls.list(kustomization.get("resources"))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(Repository.yamlDocuments(path));
            }
        }
        for (Map<String, Object> generator : Yamls.maps(kustomization.get("secretGenerator"))) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object env : Yamls.list(generator.get("envs"))) {
                Path file = dir.resolve(String.valueOf(env));
                Path example = file.resolveSibling(file.getFileName() + ".example");
                envKeys(Files.exists(file) ? file : example).forEach(key -> data.put(key, ""));
            }
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("apiVersion", "v1");
            secret.put("kind", "Secret");
            secret.put("metadata", new LinkedHashMap<>(Map.of("name", generator.get("name"))));
            secret.put("data", data);
            objects.add(secret);
        }
        for (Map<String, Object> patch : Yamls.maps(kustomization.get("patches"))) {
            // one strategic merge patch per file: the form every kustomize version takes
            for (Map<String, Object> change :
                    List.of(Repository.yaml(dir.resolve(String.valueOf(patch.get("path")))))) {
                Map<String, Object> target = objects.stream()
                        .filter(o -> same(o, change))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(dir + ": a patch for nothing rendered: "
                                + change.get("kind") + " " + Yamls.stringAt(change, "metadata.name")));
                merge(target, change);
            }
        }
        for (Map<String, Object> labels : Yamls.maps(kustomization.get("labels"))) {
            for (Map<String, Object> object : objects) {
                Map<String, Object> metadata = mutableMap(object, "metadata");
                mutableMap(metadata, "labels").putAll(Yamls.map(labels.get("pairs")));
            }
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.forEach(o -> mutableMap(o, "metadata").put("namespace", namespace));
        }
        for (Map<String, Object> image : Yamls.maps(kustomization.get("images"))) {
            for (Map<String, Object> container : containers(objects)) {
                String current = String.valueOf(container.get("image"));
                String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (name.equals(image.get("name"))) {
                    String tag = image.containsKey("newTag")
                            ? String.valueOf(image.get("newTag"))
                            : current.substring(current.lastIndexOf(':') + 1);
                    container.put("image", image.getOrDefault("newName", name) + ":" + tag);
                }
            }
        }
        return objects;
    }

    /** Every container of every workload, as the live maps (changes show in the rendering). */
    static List<Map<String, Object>> containers(List<Map<String, Object>> objects) {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            Object spec = Yamls.at(object, "spec.template.spec").orElse(null);
            if (spec instanceof Map<?, ?> podSpec && podSpec.get("containers") instanceof List<?> list) {
                list.forEach(c -> containers.add(castMap(c)));
            }
        }
        return containers;
    }

    static List<String> envKeys(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('=')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return String.valueOf(a.get("kind")).equals(String.valueOf(b.get("kind")))
                && String.valueOf(Yamls.stringAt(a, "metadata.name")).equals(Yamls.stringAt(b, "metadata.name"));
    }

    private static void merge(Map<String, Object> target, Map<String, Object> change) {
        change.forEach((key, value) -> {
            if (value instanceof Map<?, ?> && target.get(key) instanceof Map<?, ?>) {
                merge(castMap(target.get(key)), castMap(value));
            } else {
                target.put(key, value);
            }
        });
    }

    private static Map<String, Object> mutableMap(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        if (!(child instanceof Map<?, ?>)) {
            child = new LinkedHashMap<String, Object>();
            parent.put(key, child);
        }
        return castMap(child);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object node) {
        return (Map<String, Object>) node;
    }
}
