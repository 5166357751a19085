package io.muster.simulator.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Generated audio for recordings: silent 8 kHz mono PCM, as long as the recording (at most 10 s). */
public final class Wav {

    private static final int SAMPLE_RATE = 8000;
    private static final int MAX_SECONDS = 10;

    private Wav() {}

    /** A PCM WAV file of unsigned 8-bit silence. */
    public static byte[] silence(int seconds) {
        int samples = SAMPLE_RATE * Math.clamp(seconds, 0, MAX_SECONDS);
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
