package io.muster.incident.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;

/** Phone numbers as the directory stores them: valid, in E.164. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The number in E.164, or empty when it is not a valid number; a number without "+" is read as US. */
    public static Optional<String> e164(String raw) {
        String trimmed = raw.trim();
        try {
            var number = UTIL.parse(trimmed, trimmed.startsWith("+") ? null : "US");
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
