package io.muster.incident.pin;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The topic HotlinePinChanged goes to ({@code muster.topics.hotline-pins}, beside the other topic names): compacted
 * and keyed by person, so a gateway that starts from nothing still reads every person's latest PIN.
 */
@Validated
@ConfigurationProperties("muster.topics")
record PinTopicProperties(@NotBlank @DefaultValue("muster.hotline-pin.v1") String hotlinePins) {}
