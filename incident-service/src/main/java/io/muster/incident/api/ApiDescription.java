package io.muster.incident.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
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

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

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
                    .addSchemas(PROBLEM, problemSchema())
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
                problem(
                        responses,
                        HttpStatus.BAD_REQUEST,
                        "Invalid input: `validation` (with errors[{field,"
                                + " message}]) or `bad-request` (unreadable, or a value of the wrong type: the field and"
                                + " what it takes).");
            }
            if (!open) {
                problem(responses, HttpStatus.UNAUTHORIZED, "`unauthenticated`: no or wrong credentials.");
                problem(responses, HttpStatus.FORBIDDEN, "`forbidden`: the caller's role may not do this.");
            }
            if (path.contains("{")) {
                problem(responses, HttpStatus.NOT_FOUND, "What the path names does not exist.");
            }
            if (body) {
                problem(responses, HttpStatus.CONTENT_TOO_LARGE, "`payload-too-large`.");
                problem(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not taken.");
            }
            if (!path.startsWith("/actuator")) {
                problem(
                        responses,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "`storage-unavailable` /"
                                + " `event-bus-unavailable`: PostgreSQL or Kafka is away; with Retry-After.");
            }
        });
    }

    private static void problem(ApiResponses responses, HttpStatus status, String description) {
        String code = String.valueOf(status.value());
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(code, response);
        }
        Content content = response.getContent() == null ? new Content() : response.getContent();
        // A handler's own problem is described by springdoc as a ProblemDetail of some media type: the
        // one served is application/problem+json.
        content.remove("*/*");
        content.addMediaType(
                PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().example("severity"));
        error.addProperty("message", new StringSchema().example("must be one of LOW, MODERATE, HIGH, CRITICAL"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details.");
        problem.addProperty("type", new StringSchema().format("uri").example("urn:muster:problem:validation"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(error).description("The invalid fields, for 400s."));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }
}
