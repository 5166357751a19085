package io.muster.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A webhook the application never took, after every try the retry policy allowed: the URL (without its
 * connection-override fragment), the parameters it carried, the last try's status ({@code 0} when it got no
 * answer) and why it failed, and the number of tries.
 */
public record FailedWebhook(
        String url, Map<String, String> params, int status, WebhookFailure failure, int attempts, Instant at) {

    public FailedWebhook {
        params = Map.copyOf(params);
    }

    /** The last try found nobody listening: the application was down. */
    public boolean unreachable() {
        return failure == WebhookFailure.CONNECT;
    }
}
