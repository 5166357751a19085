package io.muster.notifier.sms;

import com.twilio.http.TwilioRestClient;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the Twilio client explicitly (no static Twilio.init), pooled for bursts of alerts. */
@Configuration(proxyBeanMethods = false)
class TwilioClientConfiguration {

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties twilio) {
        return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
                .httpClient(new SingleTryHttpClient(httpClient(twilio)))
                .build();
    }

    private static HttpClientBuilder httpClient(TwilioProperties twilio) {
        // httpclient5 repeats requests answered 429/503 by itself; every call must be one ledger attempt
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections(twilio))
                .disableAutomaticRetries();
        if (twilio.baseUrl() != null) {
            builder.setRoutePlanner(new PinnedRoutePlanner(twilio.baseUrl()));
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
