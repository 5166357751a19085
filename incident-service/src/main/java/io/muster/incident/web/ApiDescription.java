package io.muster.incident.web;

import io.muster.web.ProblemResponses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What springdoc cannot see in the handlers: how callers authenticate (HTTP Basic, a bearer token
 * from the identity provider, a console session token), which operations are public, and the RFC
 * 9457 problems every operation can answer besides its own success: 400 when it takes input, 401
 * and 403 unless public, 404 when its path names something, 413 and
 * 415 with a body, 503 while PostgreSQL or Kafka is away. Success statuses other than 200 are
 * declared on the handlers themselves ({@code @ApiResponse}), beside the code that answers them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    /**
     * Served without a login, as the security rules of the public status pages, the console's page
     * and health say ({@code ApiDescriptionIntegrationTests} calls them anonymously).
     */
    private static final List<PathPattern> PUBLIC = List.of(
            PathPatternParser.defaultInstance.parse("/"),
            PathPatternParser.defaultInstance.parse("/console"),
            PathPatternParser.defaultInstance.parse("/console/**"),
            PathPatternParser.defaultInstance.parse("/status"),
            PathPatternParser.defaultInstance.parse("/status.json"),
            PathPatternParser.defaultInstance.parse("/status/**"),
            PathPatternParser.defaultInstance.parse("/actuator/health/**"));

    @Bean
    OpenApiCustomizer musterApiDescription() {
        return api -> {
            api.info(new Info()
                    .title("Muster incident-service")
                    .description("Incidents, people, answers and the console's API. Errors are RFC 9457"
                            + " problems (application/problem+json) with a type urn:muster:problem:<slug>."));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components
                    .addSchemas(
                            ProblemResponses.PROBLEM,
                            ProblemResponses.schema(
                                    "urn:muster:problem:validation",
                                    "severity",
                                    "must be one of LOW, MODERATE, HIGH, CRITICAL",
                                    Map.of()))
                    .addSecuritySchemes(
                            "basic",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("A local login (break-glass accounts, tests)."))
                    .addSecuritySchemes(
                            "bearer",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("A token of the identity provider, when muster.jwt is configured."))
                    .addSecuritySchemes(
                            "session",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.HEADER)
                                    .name("Authorization")
                                    .description("The console's session: 'Authorization: Session <token>', the token"
                                            + " from POST /api/session.")));
            api.security(List.of(
                    new SecurityRequirement().addList("basic"),
                    new SecurityRequirement().addList("bearer"),
                    new SecurityRequirement().addList("session")));
            if (api.getPaths() != null) {
                api.getPaths().forEach(ApiDescription::describe);
            }
        };
    }

    private static void describe(String path, PathItem item) {
        boolean open = PUBLIC.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
        item.readOperationsMap().values().forEach(operation -> {
            if (open) {
                operation.setSecurity(List.of());
            }
            boolean input = operation.getRequestBody() != null
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty());
            boolean body = operation.getRequestBody() != null;
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (input) {
                ProblemResponses.add(
                        responses,
                        HttpStatus.BAD_REQUEST,
                        "Invalid input: `validation` (with errors[{field,"
                                + " message}]) or `bad-request` (unreadable, or a value of the wrong type: the field and"
                                + " what it takes).");
            }
            if (!open) {
                ProblemResponses.add(responses, HttpStatus.UNAUTHORIZED, "`unauthenticated`: no or wrong credentials.");
                ProblemResponses.add(
                        responses, HttpStatus.FORBIDDEN, "`forbidden`: the caller's role may not do this.");
            }
            if (path.contains("{")) {
                ProblemResponses.add(responses, HttpStatus.NOT_FOUND, "What the path names does not exist.");
            }
            if (body) {
                ProblemResponses.add(responses, HttpStatus.CONTENT_TOO_LARGE, "`payload-too-large`.");
                ProblemResponses.add(
                        responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not taken.");
            }
            if (!path.startsWith("/actuator")) {
                ProblemResponses.add(
                        responses,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "`storage-unavailable` /"
                                + " `event-bus-unavailable`: PostgreSQL or Kafka is away; with Retry-After.");
            }
        });
    }
}
