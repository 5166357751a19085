package io.muster.gateway.sms;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The SMS webhook in the OpenAPI document: it is served in front of WebFlux ({@link SmsWebhook}), where
 * springdoc does not look, so it is described here, beside it. The problems it shares with every
 * webhook are added by the gateway's description.
 */
@Configuration(proxyBeanMethods = false)
class SmsWebhookDescription {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer smsWebhookOperation() {
        return api -> {
            ObjectSchema form = new ObjectSchema();
            form.addProperty("MessageSid", new StringSchema());
            form.addProperty("From", new StringSchema().description("E.164"));
            form.addProperty("Body", new StringSchema());
            form.setRequired(List.of("MessageSid", "From"));
            Operation receive = new Operation()
                    .operationId("smsInbound")
                    .summary("A person's SMS: the answer is recorded and the text to send back is answered as TwiML")
                    .requestBody(new RequestBody()
                            .required(true)
                            .content(new Content()
                                    .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
                    .responses(new ApiResponses()
                            .addApiResponse(
                                    "200",
                                    new ApiResponse()
                                            .description("TwiML with the text sent back (empty while spooled)")
                                            .content(new Content()
                                                    .addMediaType(
                                                            "application/xml",
                                                            new MediaType().schema(new StringSchema())))));
            if (api.getPaths() == null) {
                api.setPaths(new Paths());
            }
            api.getPaths().addPathItem(SmsWebhook.PATH, new PathItem().post(receive));
        };
    }
}
