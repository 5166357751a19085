package io.muster.gateway.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** A provider's form parameters, with the required ones checked all at once so a 400 names every gap. */
public record WebhookForm(Map<String, String> params) {

    public static WebhookForm requiring(MultiValueMap<String, String> form, String... required) {
        return requiring(form.toSingleValueMap(), required);
    }

    /** The same for parameters already reduced to the first value of each name (see {@link FormBody}). */
    public static WebhookForm requiring(Map<String, String> params, String... required) {
        List<String> missing = List.of(required).stream()
                .filter(name -> params.get(name) == null || params.get(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingParametersException(missing);
        }
        return new WebhookForm(Map.copyOf(params));
    }

    /** A required parameter (checked present by {@link #requiring}). */
    public String get(String name) {
        return params.get(name);
    }

    public @Nullable String optional(String name) {
        return params.get(name);
    }
}
