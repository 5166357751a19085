package io.muster.gateway.hotline;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The incident-service's hotline PIN topic ({@code muster.topics.hotline-pins}, beside the other topic names). */
@Validated
@ConfigurationProperties("muster.topics")
record PinTopicProperties(@NotBlank @DefaultValue("muster.hotline-pin.v1") String hotlinePins) {}
