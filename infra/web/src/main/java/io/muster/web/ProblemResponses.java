package io.muster.web;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The RFC 9457 problems in an OpenAPI description: the {@code ProblemDetail} schema, with examples
 * from the service's own API, and the responses that answer one as {@code application/problem+json}.
 */
public final class ProblemResponses {

    /** The schema's name in the description's components. */
    public static final String PROBLEM = "ProblemDetail";

    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {}

    /** Adds the response of this status, or completes the handler's own, as a problem. */
    public static void add(ApiResponses responses, HttpStatus status, String description) {
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

    /**
     * The problem's schema.
     *
     * @param type an example problem type, {@code urn:muster:problem:validation}
     * @param field an example of an invalid field's name
     * @param message what that field must be
     * @param members the service's own members, described before {@code errors}
     */
    public static Schema<?> schema(String type, String field, String message, Map<String, Schema<?>> members) {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().example(field));
        error.addProperty("message", new StringSchema().example(message));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details.");
        problem.addProperty("type", new StringSchema().format("uri").example(type));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        members.forEach(problem::addProperty);
        problem.addProperty("errors", new ArraySchema().items(error).description("The invalid fields, for 400s."));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }
}
