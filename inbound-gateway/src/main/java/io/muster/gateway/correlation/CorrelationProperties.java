package io.muster.gateway.correlation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How replies are correlated (docs/reply-model.md).
 *
 * @param lateAnswerWindow how long a question stays answerable by SMS after its newest request expired, and how
 *     long after its incident closed a reply that names it (by its code or a token) is still taken as late; a bare
 *     answer only ever goes to an open incident's question
 * @param holdWindow how long an SMS answer that matched nothing is held while its request may still be on its way
 *     to the index (the gateway learns of a request in parallel with the notifier that sends it); then it goes to
 *     the operators' list as unmatched
 * @param heldRetryInterval how often held answers are tried again against what was indexed since
 * @param tokenIndexWait how long a genuine answer token (a link, a call, an email) whose request is not indexed
 *     yet is looked up again before it counts as unknown: it may be used a moment before its request is indexed
 */
@ConfigurationProperties("muster.gateway.correlation")
public record CorrelationProperties(
        @DefaultValue("7d") Duration lateAnswerWindow,
        @DefaultValue("5m") Duration holdWindow,
        @DefaultValue("2s") Duration heldRetryInterval,
        @DefaultValue("5s") Duration tokenIndexWait) {}
