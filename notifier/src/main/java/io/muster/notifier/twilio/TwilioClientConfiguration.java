package io.muster.notifier.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the Twilio clients explicitly (no static Twilio.init), pooled for bursts of alerts: one for
 * the primary account and one for the secondary when configured. The SMS and voice features each
 * register their senders over these accounts, so both channels of an account share its client.
 */
@Configuration(proxyBeanMethods = false)
public class TwilioClientConfiguration {

    /** Below the idle timeouts of Twilio's front end and of the JDK server in the simulator (30 s). */
    private static final TimeValue IDLE_EVICTION = TimeValue.ofSeconds(20);

    @Bean
    TwilioAccounts twilioAccounts(TwilioProperties twilio) {
        return new TwilioAccounts(accounts(twilio));
    }

    /** The primary account, then the secondary if configured. */
    public static List<TwilioAccount> accounts(TwilioProperties twilio) {
        List<TwilioAccount> accounts = new ArrayList<>();
        accounts.add(new TwilioAccount(
                client(twilio.accountSid(), twilio.authToken(), twilio.baseUrl(), twilio), twilio.fromNumber(), false));
        TwilioProperties.Secondary secondary = twilio.secondary();
        if (secondary != null) {
            accounts.add(new TwilioAccount(
                    client(secondary.accountSid(), secondary.authToken(), secondary.baseUrl(), twilio),
                    secondary.fromNumber(),
                    true));
        }
        return accounts;
    }

    private static TwilioRestClient client(String sid, String token, @Nullable URI baseUrl, TwilioProperties twilio) {
        return new TwilioRestClient.Builder(sid, token)
                .httpClient(new SingleTryHttpClient(httpClient(baseUrl, twilio)))
                .build();
    }

    private static HttpClientBuilder httpClient(@Nullable URI baseUrl, TwilioProperties twilio) {
        // httpclient5 repeats requests answered 429/503 by itself; every call must be one ledger attempt
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections(twilio))
                // connections are kept alive between bursts, but one the server may have closed is
                // dropped beforehand: a request sent on a dead connection would end ambiguous
                .evictIdleConnections(IDLE_EVICTION)
                .disableAutomaticRetries();
        if (baseUrl != null) {
            builder.setRoutePlanner(new PinnedRoutePlanner(baseUrl));
        }
        return builder;
    }

    private static HttpClientConnectionManager connections(TwilioProperties twilio) {
        Timeout response = Timeout.of(twilio.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(twilio.maxConnections())
                .setMaxConnPerRoute(twilio.maxConnections())
                .setDefaultSocketConfig(
                        SocketConfig.custom().setSoTimeout(response).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(twilio.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .setSocketTimeout(response)
                        .build())
                .build();
    }
}
