package io.muster.incident.console;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code /} and {@code /console} lead to the console's single page. */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    private static final ClassPathResource PAGE = new ClassPathResource("static/console/index.html");

    @Bean
    @RouterOperations({
        @RouterOperation(
                path = "/",
                method = RequestMethod.GET,
                operation =
                        @Operation(
                                operationId = "consoleFromRoot",
                                summary = "Leads to the console",
                                responses = @ApiResponse(responseCode = "307", description = "Location: /console/"))),
        @RouterOperation(
                path = "/console",
                method = RequestMethod.GET,
                operation =
                        @Operation(
                                operationId = "consoleWithoutSlash",
                                summary = "Leads to the console",
                                responses = @ApiResponse(responseCode = "307", description = "Location: /console/"))),
        @RouterOperation(
                path = "/console/",
                method = RequestMethod.GET,
                operation =
                        @Operation(
                                operationId = "console",
                                summary = "The console's single page",
                                responses =
                                        @ApiResponse(
                                                responseCode = "200",
                                                description = "The page",
                                                content = @Content(mediaType = "text/html"))))
    })
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
