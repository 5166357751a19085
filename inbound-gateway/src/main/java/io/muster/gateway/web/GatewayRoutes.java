package io.muster.gateway.web;

import io.muster.web.Routes;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;

/** The gateway's endpoints: its handlers' and the actuator's (it has no functional routes). */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    @Bean
    Routes routes(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new Routes(mappings, Stream::empty);
    }
}
