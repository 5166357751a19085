package io.muster.gateway.bridge;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.gateway.GatewayProperties;
import java.net.URI;
import java.util.UUID;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Places the call that rings a member into a bridge, through twilio-java (blocking: on the bounded elastic
 * scheduler, never an event-loop thread). Twilio fetches the call's TwiML from our signed ring-in webhook. One try:
 * a failed call is reported to the operator, who may try again with the same key.
 */
@Component
class TwilioBridgeCalls {

    private final BridgeProperties properties;
    private final GatewayProperties gateway;
    private final @Nullable TwilioRestClient client;

    TwilioBridgeCalls(BridgeProperties properties, GatewayProperties gateway) {
        this.properties = properties;
        this.gateway = gateway;
        this.client = properties.canRing() ? client(properties) : null;
    }

    boolean configured() {
        return client != null;
    }

    /** The new call's sid. */
    Mono<String> ring(String phone, UUID incidentId, UUID personId, @Nullable String locale) {
        String query =
                "incident=" + incidentId + "&person=" + personId + (locale == null ? "" : "&lang=" + lang(locale));
        URI twiml = URI.create(gateway.externalUrl("/webhooks/twilio/bridge/ring-in", query));
        return Mono.fromCallable(
                        () -> Call.creator(new PhoneNumber(phone), new PhoneNumber(properties.fromNumber()), twiml)
                                .create(client)
                                .getSid())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The language part of a locale, letters only: it goes into a URL. */
    private static String lang(String locale) {
        return locale.replaceAll("[^A-Za-z].*$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static TwilioRestClient client(BridgeProperties properties) {
        HttpClientBuilder http = HttpClientBuilder.create().disableAutomaticRetries();
        URI base = properties.apiBaseUrl();
        if (base != null) {
            HttpHost host = new HttpHost(base.getScheme(), base.getHost(), base.getPort());
            http.setRoutePlanner((target, context) -> new HttpRoute(host));
        }
        return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                .httpClient(new NetworkHttpClient(http))
                .build();
    }
}
