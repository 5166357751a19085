package io.muster.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A webhook the application never took, after every try the retry policy allowed: the URL (without its
 * connection-override fragment), the parameters it carried, the last status ({@code 0} when no try got an
 * answer: the application could not be reached or did not answer in time) and the number of tries.
 */
public record FailedWebhook(String url, Map<String, String> params, int status, int attempts, Instant at) {

    public FailedWebhook {
        params = Map.copyOf(params);
    }

    /** No try got an HTTP answer: the application was down or did not answer in time. */
    public boolean unreachable() {
        return status == 0;
    }
}
