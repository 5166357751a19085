package io.muster.gateway.token;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** RFC 4648 base32 without padding, lower case, as answer tokens spell it. */
final class Base32 {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private Base32() {}

    /** The bytes {@code text} spells, or empty if it is not lower-case unpadded base32. */
    static Optional<byte[]> decode(String text) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xff);
            }
        }
        return Optional.of(out.toByteArray());
    }
}
