package io.muster.incident.hotline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The SSRF guard: a recording URL is fetched only when it has the configured base's scheme, host
 * and port, no user info, no dot segments, and a path under the base's path. A plain prefix test
 * would let {@code http://127.0.0.1:8090.evil.example/} or {@code .../Accounts/../../admin} through.
 */
final class RecordingGuard {

    private final URI base;

    RecordingGuard(URI base) {
        this.base = base;
    }

    Optional<URI> allowed(String recordingUrl) {
        URI url;
        try {
            url = new URI(recordingUrl);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = url.getRawPath();
        boolean same = url.isAbsolute()
                && base.getScheme().equalsIgnoreCase(url.getScheme())
                && base.getHost() != null
                && base.getHost().equalsIgnoreCase(url.getHost())
                && port(base) == port(url)
                && url.getRawUserInfo() == null
                && path != null
                && !path.contains("/../")
                && !path.endsWith("/..")
                && !path.contains("/./")
                && path.startsWith(basePath());
        return same ? Optional.of(url) : Optional.empty();
    }

    private String basePath() {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path.endsWith("/") ? path : path + "/";
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
