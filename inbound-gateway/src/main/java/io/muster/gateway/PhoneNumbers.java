package io.muster.gateway;

/** Phone numbers as they may appear in logs: only the last two digits are shown. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** {@code +15550100001} becomes {@code +*********01}. */
    public static String masked(String number) {
        if (number == null || number.length() <= 2) {
            return "***";
        }
        String visible = number.substring(number.length() - 2);
        String prefix = number.startsWith("+") ? "+" : "";
        return prefix + "*".repeat(number.length() - prefix.length() - 2) + visible;
    }
}
