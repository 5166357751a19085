package io.muster.gateway.web;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form's parameters as handlers read them (the first value of each name) that still holds every value it
 * arrived with, so a signature check covers repeated names too: a second {@code Digits} appended to a signed
 * form must break the signature, not ride along unchecked.
 */
public final class FormParameters extends AbstractMap<String, String> {

    private final MultiValueMap<String, String> all;
    private final Map<String, String> first;

    private FormParameters(MultiValueMap<String, String> all) {
        this.all = all;
        Map<String, String> firsts = new LinkedHashMap<>();
        all.forEach((name, values) -> firsts.put(name, values.isEmpty() ? "" : values.getFirst()));
        this.first = Collections.unmodifiableMap(firsts);
    }

    /** The parameters of {@code form}, every value kept (a name without a value has the value ""). */
    public static FormParameters of(MultiValueMap<String, String> form) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        form.forEach((name, values) -> values.forEach(value -> copy.add(name, value == null ? "" : value)));
        return new FormParameters(copy);
    }

    /** Every value of every name, in the order they arrived. */
    public MultiValueMap<String, String> all() {
        return all;
    }

    /** The values of {@code name}; empty when there is none. */
    public List<String> values(String name) {
        return all.getOrDefault(name, List.of());
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return first.entrySet();
    }

    @Override
    public String get(Object name) {
        return first.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return first.containsKey(name);
    }
}
