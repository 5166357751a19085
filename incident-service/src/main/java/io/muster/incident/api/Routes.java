package io.muster.incident.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints the service registers (annotated handlers, the actuator's and the functional
 * routes) and whether a request names one of them: the security rules let a logged-in caller
 * through to the 404 or 405 of a request no endpoint serves, and keep denying an endpoint no rule
 * names. Read once, on the first request, when every handler is registered.
 */
@Component
public class Routes {

    /** One registered endpoint: its path pattern and the methods it takes (GET also answers HEAD). */
    public record Route(String pattern, Set<HttpMethod> methods) {}

    static final Set<HttpMethod> EVERY_METHOD = EnumSet.allOf(RequestMethod.class).stream()
            .map(RequestMethod::asHttpMethod)
            .collect(Collectors.toUnmodifiableSet());

    private final ObjectProvider<RequestMappingInfoHandlerMapping> annotated;
    private final ObjectProvider<RouterFunctionMapping> functional;
    private volatile @Nullable List<Matcher> matchers;

    Routes(
            ObjectProvider<RequestMappingInfoHandlerMapping> annotated,
            ObjectProvider<RouterFunctionMapping> functional) {
        this.annotated = annotated;
        this.functional = functional;
    }

    /**
     * Whether an endpoint takes this request's path and method. OPTIONS of a served path counts as
     * served, so that it stays denied like any method of it no rule names.
     */
    public boolean serves(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        var path = exchange.getRequest().getPath().pathWithinApplication();
        for (Matcher matcher : matchers()) {
            if (matcher.pattern().matches(path)
                    && (matcher.route().methods().contains(method)
                            || (HttpMethod.HEAD.equals(method)
                                    && matcher.route().methods().contains(HttpMethod.GET))
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
        functional.orderedStream().forEach(mapping -> {
            if (mapping.getRouterFunction() != null) {
                FunctionalRoutes.of(mapping.getRouterFunction())
                        .forEach(route -> found.add(
                                new Matcher(route, PathPatternParser.defaultInstance.parse(route.pattern()))));
            }
        });
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
