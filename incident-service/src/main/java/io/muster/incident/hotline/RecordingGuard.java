package io.muster.incident.hotline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SSRF guard: a recording URL is fetched only when it names one recording of the configured
 * account, {@code {base}{account}/Recordings/RE<32 hex>} (optionally {@code .wav} or {@code .mp3}),
 * with the base's scheme, host and port, no user info, query or fragment. The raw path must match
 * exactly, so no other resource of the account (its message log, its calls), no other account and
 * no encoded or dot segment ({@code %2e%2e}, {@code %2f}) gets through. Without an account nothing
 * is fetched.
 */
final class RecordingGuard {

    private static final Pattern RECORDING = Pattern.compile("RE[0-9a-fA-F]{32}(\\.wav|\\.mp3)?");

    private final URI base;
    private final @Nullable String account;

    RecordingGuard(URI base, @Nullable String account) {
        this.base = base;
        this.account = account == null || account.isBlank() ? null : account.strip();
    }

    Optional<URI> allowed(String recordingUrl) {
        URI url;
        try {
            url = new URI(recordingUrl);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return account != null && sameOrigin(url) && isRecording(url.getRawPath())
                ? Optional.of(url)
                : Optional.empty();
    }

    private boolean sameOrigin(URI url) {
        return url.isAbsolute()
                && base.getScheme().equalsIgnoreCase(url.getScheme())
                && base.getHost() != null
                && base.getHost().equalsIgnoreCase(url.getHost())
                && port(base) == port(url)
                && url.getRawUserInfo() == null
                && url.getRawQuery() == null
                && url.getRawFragment() == null;
    }

    private boolean isRecording(@Nullable String path) {
        String prefix = basePath() + account + "/Recordings/";
        return path != null
                && path.startsWith(prefix)
                && RECORDING.matcher(path.substring(prefix.length())).matches();
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
