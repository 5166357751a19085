package io.muster.simulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.muster.simulator.http.HttpIo;
import io.muster.simulator.voice.Recordings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;

/** Serves {@code /recordings/{sid}[.wav|.mp3]}: silent 8 kHz mono audio as long as the recording. */
public final class RecordingHandler implements HttpHandler {

    public static final String PATH = "/recordings/";
    private static final int SAMPLE_RATE = 8000;
    private static final int MAX_SECONDS = 10;

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
                    exchange,
                    200,
                    "audio/x-wav",
                    silence(Math.min(MAX_SECONDS, recording.get().seconds())));
        }
    }

    /** A PCM WAV file of unsigned 8-bit silence. */
    static byte[] silence(int seconds) {
        int samples = SAMPLE_RATE * seconds;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE).putShort((short) 1).putShort((short) 8);
        wav.put("data".getBytes()).putInt(samples);
        byte[] bytes = wav.array();
        Arrays.fill(bytes, 44, bytes.length, (byte) 128);
        return bytes;
    }
}
