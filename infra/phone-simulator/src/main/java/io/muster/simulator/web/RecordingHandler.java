package io.muster.simulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.http.HttpIo;
import io.muster.simulator.voice.Recordings;
import io.muster.simulator.voice.Wav;
import java.io.IOException;
import java.util.Map;

/** Serves {@code /recordings/{sid}[.wav|.mp3]}: silent 8 kHz mono audio as long as the recording. */
public final class RecordingHandler implements HttpHandler {

    public static final String PATH = "/recordings/";

    private final Recordings recordings;

    public RecordingHandler(Recordings recordings) {
        this.recordings = recordings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String sid =
                    exchange.getRequestURI().getPath().substring(PATH.length()).replaceFirst("\\.(wav|mp3)$", "");
            var recording = recordings.get(sid);
            if (recording.isEmpty()) {
                HttpIo.json(exchange, 404, Map.of("error", "no such recording"));
                return;
            }
            HttpIo.send(
                    exchange, 200, "audio/x-wav", Wav.silence(recording.get().seconds()));
        }
    }
}
