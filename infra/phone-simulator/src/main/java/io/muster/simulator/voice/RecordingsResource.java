package io.muster.simulator.voice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.http.HttpIo;
import io.muster.simulator.twilio.TwilioError;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a recording's media where Twilio does: {@code /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}}
 * (WAV, Twilio's default), also with {@code .wav} or {@code .mp3} (the same WAV bytes). Like Twilio's default
 * setting, media needs no credentials; a recording of another account is not found.
 */
public final class RecordingsResource implements HttpHandler {

    private static final Pattern PATH =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/Recordings/(RE[0-9a-f]{32})(?:\\.(wav|mp3))?");

    private final Recordings recordings;

    public RecordingsResource(Recordings recordings) {
        this.recordings = recordings;
    }

    /** Whether this resource serves {@code path}; everything else under the API is the REST handler's. */
    public static boolean serves(String path) {
        return path.contains("/Recordings/");
    }

    /** Where a recording of this account is served, for {@code RecordingUrl}. */
    static String url(String baseUrl, String accountSid, String recordingSid) {
        return baseUrl + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher matcher = PATH.matcher(path);
            if (!"GET".equals(exchange.getRequestMethod())) {
                HttpIo.json(exchange, 405, new TwilioError(405, 20004, "Method not allowed").toJson());
                return;
            }
            var recording = matcher.matches()
                    ? recordings.get(matcher.group(2)).filter(r -> r.accountSid()
                            .equals(matcher.group(1)))
                    : java.util.Optional.<Recordings.Recording>empty();
            if (recording.isEmpty()) {
                HttpIo.json(exchange, 404, TwilioError.notFound(path).toJson());
                return;
            }
            HttpIo.send(
                    exchange, 200, "audio/x-wav", Wav.silence(recording.get().seconds()));
        }
    }
}
