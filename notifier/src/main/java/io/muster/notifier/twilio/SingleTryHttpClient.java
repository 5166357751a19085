package io.muster.notifier.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * twilio-java silently repeats requests answered with 5xx. Each provider call must be one attempt
 * recorded in our ledger (and retried by our Retry), so this client makes exactly one request (the
 * underlying httpclient5 has its automatic retries disabled for the same reason).
 */
final class SingleTryHttpClient extends NetworkHttpClient {

    SingleTryHttpClient(HttpClientBuilder builder) {
        super(builder);
    }

    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }
}
