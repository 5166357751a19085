package io.muster.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of a rendered set of manifests, looked up by kind and name. */
record Workloads(List<Map<String, Object>> objects) {

    List<Map<String, Object>> ofKind(String... kinds) {
        List<String> wanted = List.of(kinds);
        return objects.stream()
                .filter(o -> wanted.contains(String.valueOf(o.get("kind"))))
                .toList();
    }

    /** Deployments and StatefulSets. */
    List<Map<String, Object>> workloads() {
        return ofKind("Deployment", "StatefulSet");
    }

    Optional<Map<String, Object>> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(Yamls.stringAt(o, "metadata.name")))
                .findFirst();
    }

    Map<String, Object> workload(String name) {
        List<Map<String, Object>> found = workloads().stream()
                .filter(o -> name.equals(Yamls.stringAt(o, "metadata.name")))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one workload named " + name + ", found " + found.size());
        }
        return found.getFirst();
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return Yamls.mapAt(workload, "spec.template.spec");
    }

    static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = Yamls.maps(podSpec(workload).get("containers"));
        if (containers.size() != 1) {
            throw new AssertionError(Yamls.stringAt(workload, "metadata.name") + ": expected one container");
        }
        return containers.getFirst();
    }

    static Map<String, String> podLabels(Map<String, Object> workload) {
        Map<String, String> labels = new LinkedHashMap<>();
        Yamls.mapAt(workload, "spec.template.metadata.labels").forEach((k, v) -> labels.put(k, String.valueOf(v)));
        return labels;
    }

    /** Whether a label selector ({@code matchLabels} or a Service's plain map) selects these labels. */
    static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        return !selector.isEmpty()
                && selector.entrySet().stream()
                        .allMatch(e -> String.valueOf(e.getValue()).equals(labels.get(e.getKey())));
    }

    /** The container's environment variable names, each with its source node. */
    static List<Map<String, Object>> env(Map<String, Object> container) {
        return new ArrayList<>(Yamls.maps(container.get("env")));
    }
}
