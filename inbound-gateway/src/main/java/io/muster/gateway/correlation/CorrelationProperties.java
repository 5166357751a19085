package io.muster.gateway.correlation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How replies are correlated.
 *
 * @param lateAnswerWindow how long after a request expired a reply that names it by its code is
 *     still taken (and published as late); a bare answer only ever goes to an open request
 */
@ConfigurationProperties("muster.gateway.correlation")
public record CorrelationProperties(@DefaultValue("7d") Duration lateAnswerWindow) {}
