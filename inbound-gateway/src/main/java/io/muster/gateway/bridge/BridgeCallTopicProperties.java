package io.muster.gateway.bridge;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The incident-service's topic of requests to ring members into a bridge ({@code muster.topics.bridge-calls}). */
@Validated
@ConfigurationProperties("muster.topics")
record BridgeCallTopicProperties(@NotBlank @DefaultValue("muster.bridge-call.v1") String bridgeCalls) {}
