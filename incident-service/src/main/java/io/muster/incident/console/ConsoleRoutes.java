package io.muster.incident.console;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code /} and {@code /console} lead to the console's single page. */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    private static final ClassPathResource PAGE = new ClassPathResource("static/console/index.html");

    @Bean
    RouterFunction<ServerResponse> consoleEntry() {
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(URI.create("/console/"))
                        .build())
                .GET("/console", request -> ServerResponse.temporaryRedirect(URI.create("/console/"))
                        .build())
                .GET("/console/", request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .bodyValue(PAGE))
                .build();
    }
}
