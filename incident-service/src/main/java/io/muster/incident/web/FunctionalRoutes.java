package io.muster.incident.web;

import io.muster.web.Routes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/**
 * The routes of a router function, read from its description (a visitor) rather than by routing a
 * request, so nothing of a real exchange is touched. A predicate this reading cannot follow (an
 * "or", a negation, a custom one) counts as taking every method of its path.
 */
final class FunctionalRoutes implements RouterFunctions.Visitor, RequestPredicates.Visitor {

    private final List<Routes.Route> routes = new ArrayList<>();
    private final Deque<String> prefixes = new ArrayDeque<>();
    private String path = "";
    private Set<HttpMethod> methods = new HashSet<>();
    private boolean followed = true;

    private FunctionalRoutes() {}

    static List<Routes.Route> of(RouterFunction<?> function) {
        FunctionalRoutes visitor = new FunctionalRoutes();
        function.accept(visitor);
        return List.copyOf(visitor.routes);
    }

    @Override
    public void startNested(RequestPredicate predicate) {
        reset();
        predicate.accept(this);
        prefixes.push(path);
    }

    @Override
    public void endNested(RequestPredicate predicate) {
        prefixes.pop();
    }

    @Override
    public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
        reset();
        predicate.accept(this);
        String prefix = String.join("", prefixes.reversed());
        routes.add(new Routes.Route(
                prefix + path, followed && !methods.isEmpty() ? Set.copyOf(methods) : Routes.EVERY_METHOD));
    }

    @Override
    public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {}

    @Override
    public void attributes(Map<String, Object> attributes) {}

    @Override
    public void unknown(RouterFunction<?> routerFunction) {}

    @Override
    public void method(Set<HttpMethod> methods) {
        this.methods.addAll(methods);
    }

    @Override
    public void path(String pattern) {
        path = path + pattern;
    }

    @Override
    public void pathExtension(String extension) {}

    @Override
    public void header(String name, String value) {}

    @Override
    public void queryParam(String name, String value) {}

    @Override
    public void version(String version) {}

    @Override
    public void startAnd() {}

    @Override
    public void and() {}

    @Override
    public void endAnd() {}

    @Override
    public void startOr() {
        followed = false;
    }

    @Override
    public void or() {}

    @Override
    public void endOr() {}

    @Override
    public void startNegate() {
        followed = false;
    }

    @Override
    public void endNegate() {}

    @Override
    public void unknown(RequestPredicate predicate) {
        followed = false;
    }

    private void reset() {
        path = "";
        methods = new HashSet<>();
        followed = true;
    }
}
