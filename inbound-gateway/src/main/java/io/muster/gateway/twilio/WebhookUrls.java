package io.muster.gateway.twilio;

import io.muster.gateway.GatewayProperties;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The URLs Twilio may have signed for a request: the public base URL's, and (when configured to
 * trust a proxy) the one X-Forwarded-Proto/Host/Port/Prefix describe. Never the address the request
 * arrived at, which behind a proxy is not what Twilio called.
 */
@Component
class WebhookUrls {

    private final GatewayProperties gateway;
    private final boolean trustForwarded;

    WebhookUrls(GatewayProperties gateway, TwilioProperties twilio) {
        this.gateway = gateway;
        this.trustForwarded = twilio.trustForwardedHeaders();
    }

    List<String> candidates(ServerHttpRequest request) {
        String path = request.getURI().getRawPath();
        String query = request.getURI().getRawQuery();
        List<String> urls = new ArrayList<>(2);
        urls.add(gateway.externalUrl(path, query));
        String forwarded = trustForwarded ? forwardedBase(request.getHeaders()) : null;
        if (forwarded != null) {
            urls.add(new GatewayProperties(forwarded).externalUrl(path, query));
        }
        return urls;
    }

    private static @Nullable String forwardedBase(HttpHeaders headers) {
        String host = first(headers, "X-Forwarded-Host");
        if (host == null) {
            return null;
        }
        String proto = first(headers, "X-Forwarded-Proto");
        String port = first(headers, "X-Forwarded-Port");
        String prefix = first(headers, "X-Forwarded-Prefix");
        String scheme = proto == null ? "https" : proto.toLowerCase(java.util.Locale.ROOT);
        boolean defaultPort = port == null
                || host.contains(":")
                || ("https".equals(scheme) && "443".equals(port))
                || ("http".equals(scheme) && "80".equals(port));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + (prefix == null ? "" : prefix);
    }

    /** A proxy chain lists values comma-separated, the client-facing one first. */
    private static @Nullable String first(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.split(",")[0].strip();
    }
}
