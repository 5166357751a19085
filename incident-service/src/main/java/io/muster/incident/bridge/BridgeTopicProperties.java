package io.muster.incident.bridge;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The topic BridgeCallRequested goes to ({@code muster.topics.bridge-calls}, beside the other topic names). */
@Validated
@ConfigurationProperties("muster.topics")
record BridgeTopicProperties(@NotBlank @DefaultValue("muster.bridge-call.v1") String bridgeCalls) {}
