package io.muster.gateway.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Text no provider, person or operator ever sends: NUL and the other C0 control characters except TAB, LF and
 * CR, and DEL. PostgreSQL cannot store NUL at all, so such text used to surface as a storage failure (503, which
 * a provider retries forever); it is refused up front as a 400 problem instead. One exception: the text of an
 * SMS ({@code Body}) is a person's own words and is never refused for it (a carrier that mis-decodes GSM's '@'
 * produces a NUL); the SMS path stores it with NUL replaced.
 */
public final class ControlCharacters {

    public static final String DETAIL = "The request holds control characters (such as NUL) that no field may contain.";

    private static final String FREE_TEXT = "Body";

    private ControlCharacters() {}

    public static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Whether any name, or any value but an SMS text's, of these parameters holds one. */
    public static boolean inAny(Map<String, ? extends List<String>> parameters) {
        for (Map.Entry<String, ? extends List<String>> parameter : parameters.entrySet()) {
            if (in(parameter.getKey())) {
                return true;
            }
            if (FREE_TEXT.equals(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && in(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 400 problem for such text. */
    public static ErrorResponseException refused() {
        return new ErrorResponseException(
                HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-characters", DETAIL), null);
    }
}
