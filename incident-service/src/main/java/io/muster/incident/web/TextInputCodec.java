package io.muster.incident.web;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON request body of every endpoint is read with {@link TextInputModule}: a body holding a
 * control character cannot be read, which WebFlux answers as a 400 problem before any handler
 * runs. Applied after Boot's own codec settings, on a copy of the service's mapper.
 */
@Configuration(proxyBeanMethods = false)
class TextInputCodec {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    CodecCustomizer textInputDecoder(JsonMapper json) {
        JsonMapper strict = json.rebuild().addModule(new TextInputModule()).build();
        return codecs -> codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
    }
}
