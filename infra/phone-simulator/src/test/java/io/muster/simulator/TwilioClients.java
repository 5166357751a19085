package io.muster.simulator;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/** twilio-java as the notifier uses it, with every request routed to the simulator over plain HTTP. */
final class TwilioClients {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "primary-secret-token";
    static final String SECOND_ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";
    static final String SECOND_AUTH_TOKEN = "secondary-secret-token";

    private TwilioClients() {}

    static TwilioRestClient pointedAt(PhoneSimulator simulator) {
        return pointedAt(simulator, ACCOUNT_SID, AUTH_TOKEN);
    }

    static TwilioRestClient pointedAt(PhoneSimulator simulator, String accountSid, String authToken) {
        HttpHost simulatorHost = new HttpHost("http", "127.0.0.1", simulator.port());
        // httpclient5 would retry 429/503 itself after a second; twilio-java already retries 5xx three times.
        HttpClientBuilder http = HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setRoutePlanner((target, context) -> new HttpRoute(simulatorHost));
        return new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new NetworkHttpClient(http))
                .build();
    }

    static SimulatorSettings.Builder settings() {
        return SimulatorSettings.builder()
                .port(0)
                .account(ACCOUNT_SID, AUTH_TOKEN)
                .account(SECOND_ACCOUNT_SID, SECOND_AUTH_TOKEN)
                .inputTimeoutCap(java.time.Duration.ofSeconds(3))
                .inputWait(java.time.Duration.ofSeconds(2));
    }
}
