package io.muster.simulator.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A list request: its filters and the page asked for; builds the Twilio page JSON around the results. */
public record ListRequest(String path, Map<String, String> filters, int page, int pageSize) {

    private static final int MAX_PAGE_SIZE = 1000;

    public static ListRequest of(String path, Map<String, String> query) {
        Map<String, String> filters = new LinkedHashMap<>(query);
        int page = number(filters.remove("Page"), 0);
        int size = Math.min(MAX_PAGE_SIZE, Math.max(1, number(filters.remove("PageSize"), 50)));
        filters.remove("PageToken");
        return new ListRequest(path, filters, Math.max(0, page), size);
    }

    public String filter(String name) {
        return filters.get(name);
    }

    /** The page of {@code results} (already filtered, newest first) under {@code key}, with paging fields. */
    public <T> Map<String, Object> page(String key, Stream<T> results, java.util.function.Function<T, ?> toJson) {
        List<?> items = results.skip((long) page * pageSize)
                .limit(pageSize + 1L)
                .map(toJson)
                .collect(Collectors.toList());
        boolean more = items.size() > pageSize;
        List<?> shown = more ? items.subList(0, pageSize) : items;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, shown);
        json.put("uri", uri(page));
        json.put("first_page_uri", uri(0));
        json.put("next_page_uri", more ? uri(page + 1) : null);
        json.put("previous_page_uri", page > 0 ? uri(page - 1) : null);
        json.put("page", page);
        json.put("page_size", pageSize);
        json.put("start", page * pageSize);
        json.put("end", page * pageSize + Math.max(0, shown.size() - 1));
        return json;
    }

    private String uri(int number) {
        StringBuilder uri = new StringBuilder(path).append('?');
        filters.forEach((name, value) ->
                uri.append(encode(name)).append('=').append(encode(value)).append('&'));
        return uri.append("PageSize=")
                .append(pageSize)
                .append("&Page=")
                .append(number)
                .toString();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
