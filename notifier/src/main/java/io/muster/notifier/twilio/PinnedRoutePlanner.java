package io.muster.notifier.twilio;

import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Sends every request to one host over plain HTTP whatever its URL says, so twilio-java can talk to
 * the phone simulator while keeping Twilio's paths.
 */
final class PinnedRoutePlanner implements HttpRoutePlanner {

    private final HttpRoute route;

    PinnedRoutePlanner(URI baseUrl) {
        int port = baseUrl.getPort() == -1 ? 80 : baseUrl.getPort();
        this.route = new HttpRoute(new HttpHost("http", baseUrl.getHost(), port));
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpContext context) {
        return route;
    }
}
