package io.muster.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints a service registers (its annotated handlers' and the actuator's, plus the routes
 * the service adds, such as its functional ones) and whether a request names one of them: the
 * security rules let a logged-in caller through to the 404 or 405 of a request no endpoint serves,
 * and keep denying an endpoint no rule names. Read once, on the first request, when every handler
 * is registered.
 */
public class Routes {

    /** One registered endpoint: its path pattern and the methods it takes (GET also answers HEAD). */
    public record Route(String pattern, Set<HttpMethod> methods) {}

    /** The methods of a mapping that names none. */
    public static final Set<HttpMethod> EVERY_METHOD = EnumSet.allOf(RequestMethod.class).stream()
            .map(RequestMethod::asHttpMethod)
            .collect(Collectors.toUnmodifiableSet());

    private final ObjectProvider<RequestMappingInfoHandlerMapping> annotated;
    private final Supplier<Stream<Route>> others;
    private volatile @Nullable List<Matcher> matchers;

    /**
     * @param annotated the annotated handlers' mappings (the actuator's included)
     * @param others the routes WebFlux's annotated mappings do not hold, read on the first request
     */
    public Routes(ObjectProvider<RequestMappingInfoHandlerMapping> annotated, Supplier<Stream<Route>> others) {
        this.annotated = annotated;
        this.others = others;
    }

    /**
     * Whether an endpoint takes this request's path and method. OPTIONS of a served path counts as
     * served, so that it stays denied like any method of it no rule names.
     */
    public boolean serves(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        var path = exchange.getRequest().getPath().pathWithinApplication();
        for (Matcher matcher : matchers()) {
            Set<HttpMethod> methods = matcher.route().methods();
            if (matcher.pattern().matches(path)
                    && (methods.contains(method)
                            || (HttpMethod.HEAD.equals(method) && methods.contains(HttpMethod.GET))
                            || HttpMethod.OPTIONS.equals(method))) {
                return true;
            }
        }
        return false;
    }

    /** Every registered endpoint. */
    public List<Route> all() {
        return matchers().stream().map(Matcher::route).toList();
    }

    private List<Matcher> matchers() {
        List<Matcher> known = matchers;
        if (known == null) {
            known = load();
            matchers = known;
        }
        return known;
    }

    private List<Matcher> load() {
        List<Matcher> found = new ArrayList<>();
        annotated
                .orderedStream()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    Set<HttpMethod> methods = methodsOf(info);
                    info.getPatternsCondition()
                            .getPatterns()
                            .forEach(pattern ->
                                    found.add(new Matcher(new Route(pattern.getPatternString(), methods), pattern)));
                }));
        others.get()
                .forEach(route ->
                        found.add(new Matcher(route, PathPatternParser.defaultInstance.parse(route.pattern()))));
        return List.copyOf(found);
    }

    // A mapping that names no method takes every one.
    private static Set<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty()
                ? EVERY_METHOD
                : declared.stream().map(RequestMethod::asHttpMethod).collect(Collectors.toUnmodifiableSet());
    }

    private record Matcher(Route route, PathPattern pattern) {}
}
