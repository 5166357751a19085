package io.muster.gateway.spool;

import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Processes spooled webhooks of some kinds through the same path as live ones, so a replay takes effect once
 * (the inbound log's provider reference makes a second delivery a no-op). Implemented by each webhook's feature.
 */
public interface WebhookReplay {

    /** The {@link SpooledWebhook#kind()}s this processes. */
    Set<String> kinds();

    /** Completes once the webhook's effects are durable; fails as the live path would (an outage: tried again). */
    Mono<?> replay(SpooledWebhook webhook);
}
