package io.muster.incident.preview;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The notifier's answer-link base (its {@code muster.notifier.answer-base-url}, else its callback
 * base URL), so that previewed links are as long as real ones and the segment count is right.
 */
@Validated
@ConfigurationProperties("muster.message-preview")
record PreviewProperties(@DefaultValue("http://127.0.0.1:8082") @NotNull URI answerBaseUrl) {}
