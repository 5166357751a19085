package io.muster.simulator.twilio;

/** Phone numbers in logs: only the last two digits are shown. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    public static String mask(String number) {
        if (number == null || number.length() <= 2) {
            return "**";
        }
        String prefix = number.startsWith("+") ? "+" : "";
        int hidden = number.length() - 2 - prefix.length();
        return prefix + "*".repeat(Math.max(0, hidden)) + number.substring(number.length() - 2);
    }
}
