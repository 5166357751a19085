package io.muster.incident.pin;

import io.muster.incident.web.InvalidFields;
import io.muster.incident.web.InvalidFields.FieldError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a hotline PIN must be: 6 to 8 digits (what a keypad takes, with the hash key after), and not one a caller
 * would guess first: one digit repeated, a straight run up or down, or the digits of the person's employee id,
 * which is not a secret.
 */
final class PinRules {

    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 8;

    private PinRules() {}

    /** Throws a 400 validation problem naming the rule {@code pin} breaks. */
    static String checked(@Nullable String pin, String employeeId) {
        String problem = problem(pin, employeeId.replaceAll("\\D", ""));
        if (problem != null) {
            throw new InvalidFields(List.of(new FieldError("pin", problem)));
        }
        return pin;
    }

    private static @Nullable String problem(@Nullable String pin, String employeeDigits) {
        if (pin == null || !pin.matches("\\d{" + MIN_DIGITS + "," + MAX_DIGITS + "}")) {
            return "must be " + MIN_DIGITS + " to " + MAX_DIGITS + " digits";
        }
        if (pin.chars().distinct().count() == 1 || isRun(pin, 1) || isRun(pin, -1)) {
            return "is too easy to guess: not one digit repeated or a run such as 123456";
        }
        if (!employeeDigits.isEmpty() && (pin.contains(employeeDigits) || employeeDigits.contains(pin))) {
            return "must not contain your employee id";
        }
        return null;
    }

    private static boolean isRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (Math.floorMod(pin.charAt(i) - pin.charAt(i - 1), 10) != Math.floorMod(step, 10)) {
                return false;
            }
        }
        return true;
    }
}
