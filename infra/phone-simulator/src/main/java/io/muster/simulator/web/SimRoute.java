package io.muster.simulator.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** One endpoint of the simulator API: method, path pattern, and what it does with the request body. */
public record SimRoute(String method, Pattern path, Action action) {

    public static SimRoute of(String method, String regex, Action action) {
        return new SimRoute(method, Pattern.compile(regex), action);
    }

    /** Returns the JSON answer, or null for 204. */
    @FunctionalInterface
    public interface Action {
        Object act(Matcher path, JsonNode body);
    }
}
