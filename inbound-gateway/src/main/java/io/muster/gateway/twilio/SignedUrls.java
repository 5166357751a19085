package io.muster.gateway.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The forms of a webhook URL Twilio may have signed: with the scheme's default port written out
 * and without any port, exactly as twilio-java's RequestValidator derives them.
 */
final class SignedUrls {

    private SignedUrls() {}

    /** The URL with its default port, and without a port (one entry when both are the same text). */
    static List<String> forms(String url) {
        String withPort = withPort(url);
        String withoutPort = withoutPort(url);
        return withPort.equals(withoutPort) ? List.of(withPort) : List.of(withPort, withoutPort);
    }

    private static String withPort(String url) {
        try {
            URI uri = new URI(url);
            return uri.getPort() != -1 ? url : port(uri, "https".equals(uri.getScheme()) ? 443 : 80);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String withoutPort(String url) {
        try {
            URI uri = new URI(url);
            return uri.getPort() == -1 ? url : port(uri, -1);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String port(URI uri, int port) {
        try {
            return new URI(
                            uri.getScheme(),
                            uri.getUserInfo(),
                            uri.getHost(),
                            port,
                            uri.getPath(),
                            uri.getQuery(),
                            uri.getFragment())
                    .toString();
        } catch (URISyntaxException e) {
            return uri.toString();
        }
    }
}
