package io.muster.incident.web;

import io.muster.web.Routes;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;

/** The service's endpoints: the annotated handlers', the actuator's and the functional routes. */
@Configuration(proxyBeanMethods = false)
class IncidentRoutes {

    @Bean
    Routes routes(
            ObjectProvider<RequestMappingInfoHandlerMapping> annotated,
            ObjectProvider<RouterFunctionMapping> functional) {
        return new Routes(annotated, () -> functional.orderedStream().flatMap(IncidentRoutes::routesOf));
    }

    private static Stream<Routes.Route> routesOf(RouterFunctionMapping mapping) {
        RouterFunction<?> function = mapping.getRouterFunction();
        return function == null ? Stream.empty() : FunctionalRoutes.of(function).stream();
    }
}
