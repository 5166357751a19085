package io.muster.gateway.web;

import io.muster.web.ProblemResponses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

/**
 * What springdoc cannot see in the handlers: how each part of the gateway is authenticated (the
 * operator API with HTTP Basic, the webhooks with Twilio's {@code X-Twilio-Signature}, the answer
 * pages by the token in their path) and the RFC 9457 problems every operation can answer besides its
 * own: 400 when it takes input, 401 and 403 for the operator API, 403 {@code invalid-signature} for a
 * webhook, 413 and 415 with a body, 503 while the database is away. It runs after every other
 * customizer, so operations they add (the SMS webhook, served in front of WebFlux) get the same.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer gatewayApiDescription() {
        return api -> {
            api.info(new Info()
                    .title("Muster inbound-gateway")
                    .description("Twilio webhooks, answer pages and the operators' API. Errors are RFC 9457"
                            + " problems (application/problem+json) with a type urn:muster:problem:<slug>."));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components
                    .addSchemas(
                            ProblemResponses.PROBLEM,
                            ProblemResponses.schema(
                                    "urn:muster:problem:invalid-signature",
                                    "notificationId",
                                    "must be a UUID",
                                    Map.of(
                                            "missing",
                                            new ArraySchema()
                                                    .items(new StringSchema())
                                                    .description("Absent parameters."))))
                    .addSecuritySchemes(
                            "operator",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("An operator account (muster.gateway.operators)."))
                    .addSecuritySchemes(
                            "twilioSignature",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.HEADER)
                                    .name("X-Twilio-Signature")
                                    .description("HMAC-SHA1 of the public URL and the form parameters with one of"
                                            + " muster.twilio.auth-tokens; checked before anything else.")));
            if (api.getPaths() != null) {
                api.getPaths().forEach(ApiDescription::describe);
            }
        };
    }

    private static void describe(String path, PathItem item) {
        item.readOperationsMap().values().forEach(operation -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean body = operation.getRequestBody() != null;
            boolean input = body
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty());
            if (path.startsWith("/api/") || path.startsWith("/v3/")) {
                operation.setSecurity(List.of(new SecurityRequirement().addList("operator")));
                ProblemResponses.add(
                        responses, HttpStatus.UNAUTHORIZED, "`unauthenticated` (or 429 `too-many-attempts`).");
                ProblemResponses.add(
                        responses, HttpStatus.FORBIDDEN, "`forbidden`: the operator's role may not do this.");
            } else if (path.startsWith("/webhooks/")) {
                operation.setSecurity(List.of(new SecurityRequirement().addList("twilioSignature")));
                ProblemResponses.add(
                        responses, HttpStatus.FORBIDDEN, "`invalid-signature`: the signature is missing or wrong.");
            } else {
                // answer pages carry their credential (the token) in the path; health is public
                operation.setSecurity(List.of());
            }
            if (input || body) {
                ProblemResponses.add(
                        responses,
                        HttpStatus.BAD_REQUEST,
                        "`missing-parameters`, `malformed-request`, `validation`"
                                + " or `bad-request` (a value of the wrong type: the field and what it takes).");
            }
            if (body) {
                ProblemResponses.add(responses, HttpStatus.CONTENT_TOO_LARGE, "`payload-too-large`.");
                ProblemResponses.add(
                        responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not taken.");
            }
            if (!path.startsWith("/actuator") && !path.startsWith("/v3/")) {
                ProblemResponses.add(
                        responses,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "`storage-unavailable`,"
                                + " `temporarily-unavailable`: not accepted now, with Retry-After; the provider retries.");
            }
        });
    }
}
