package io.muster.gateway.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One mail from the reply mailbox, read once into what correlation needs (blocking: Jakarta Mail). */
record ReceivedMail(
        String messageId, String from, @Nullable String threadHeaders, String text, String raw, boolean bounce) {

    private static final Pattern FINAL_RECIPIENT =
            Pattern.compile("(?im)^Final-Recipient:\\s*rfc822;\\s*<?([^>\\s]+)>?");

    static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        String raw = raw(message);
        String from = Objects.requireNonNullElse(message.getHeader("From", ", "), "");
        String thread = join(message.getHeader("In-Reply-To", " "), message.getHeader("References", " "));
        String id = message.getMessageID();
        return new ReceivedMail(
                id == null ? "sha256:" + sha256(raw) : id,
                from,
                thread,
                plainText(message),
                raw,
                isBounce(message, from));
    }

    /** The raw mail as the audit log keeps it. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("From", from);
        params.put("Message-ID", messageId);
        params.put("raw", raw);
        return params;
    }

    /** The address a delivery-status report names as unreachable, if it names one. */
    @Nullable
    String unreachableAddress() {
        Matcher matcher = FINAL_RECIPIENT.matcher(raw);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static boolean isBounce(MimeMessage message, String from) throws MessagingException {
        String type = message.getContentType().toLowerCase(Locale.ROOT);
        String sender = from.toLowerCase(Locale.ROOT);
        return (type.startsWith("multipart/report") && type.contains("delivery-status"))
                || sender.contains("mailer-daemon")
                || sender.contains("postmaster@");
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Objects.toString(part.getContent(), "");
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String raw(MimeMessage message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
