package io.muster.incident.hotline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A real RIFF/WAVE file: 8 kHz mono 16-bit silence. */
final class Wav {

    private Wav() {}

    static byte[] silence(int samples) {
        int data = samples * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(data);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (i % 7 == 0 ? 3 : 0));
        }
        return wav.array();
    }
}
