package io.muster.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed walks through parsed YAML: a missing or mistyped node is an empty result, never a cast failure. */
final class Yamls {

    private Yamls() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), value));
            return copy;
        }
        return Map.of();
    }

    static List<Object> list(Object node) {
        if (node instanceof List<?> list) {
            return List.copyOf(list.stream().map(o -> (Object) o).toList());
        }
        return List.of();
    }

    static List<Map<String, Object>> maps(Object node) {
        return list(node).stream().map(Yamls::map).toList();
    }

    /** The node at a dotted path of map keys ({@code spec.template.spec}). */
    static Optional<Object> at(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    static Map<String, Object> mapAt(Object node, String path) {
        return at(node, path).map(Yamls::map).orElse(Map.of());
    }

    static String stringAt(Object node, String path) {
        return at(node, path).map(String::valueOf).orElse(null);
    }

    /** Flattens nested maps into dotted keys ({@code spring.kafka.bootstrap-servers}); lists become {@code [0]}. */
    static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, Object> flat) {
        if (node instanceof Map<?, ?> map) {
            map.forEach(
                    (key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, flat));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?>) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }
}
