package io.muster.notifier.channel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes addresses safe to log: phone numbers keep their last two digits, emails their domain. */
public final class Redaction {

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d{6,}");
    /** Anything with an @ inside, well-formed or not (a server may quote the malformed address it refused). */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@`]+@[^\\s<>\"'(),;:`]*");

    private Redaction() {}

    /** {@code +15550100001} becomes {@code +*********01}; an email keeps only its first letter and domain. */
    public static String address(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        return phoneNumber(address);
    }

    /** Masks every phone number inside a provider's message (Twilio quotes the number it refused). */
    public static String phoneNumbersIn(String text) {
        return PHONE_NUMBER.matcher(text).replaceAll(match -> phoneNumber(match.group()));
    }

    /** Masks every email address inside a provider's message (an SMTP server quotes the address it refused). */
    public static String emailAddressesIn(String text) {
        return EMAIL_ADDRESS.matcher(text).replaceAll(match -> Matcher.quoteReplacement(address(match.group())));
    }

    static String phoneNumber(String number) {
        int keep = Math.min(2, number.length());
        String prefix = number.startsWith("+") ? "+" : "";
        int masked = number.length() - keep - prefix.length();
        return prefix + "*".repeat(Math.max(0, masked)) + number.substring(number.length() - keep);
    }
}
