package io.muster.gateway.spool;

import java.util.Map;

/**
 * A signed webhook kept in the spool: what its handler needs to process it as if it had just arrived.
 *
 * @param kind which {@link WebhookReplay} processes it (the inbound log's kind, e.g. {@code SMS_REPLY})
 * @param reference the provider's reference the inbound log deduplicates it on (a provider's retry of the
 *     same webhook has the same one)
 * @param query the parameters of its URL's query its handler reads
 * @param form its form parameters (the first value of each name, as the handlers read them)
 */
public record SpooledWebhook(String kind, String reference, Map<String, String> query, Map<String, String> form) {

    public SpooledWebhook {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
    }

    /** Kind and reference together: two spooled webhooks with the same key are one webhook delivered twice. */
    String key() {
        return kind + '\n' + reference;
    }
}
