package io.muster.gateway.quarantine;

import io.muster.gateway.kafka.EventBusUnavailableException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Telling a mail's own problem (it cannot be read, or it holds what cannot be stored) from an outage of ours (the
 * database or the broker away), which must be waited out with the mail left unseen, never quarantined.
 */
public final class MailTriage {

    private static final java.util.regex.Pattern CLASS_NAMES =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private MailTriage() {}

    /** Throws when a mail's text holds a NUL, which PostgreSQL cannot store: such a mail can never be handled. */
    public static void storable(String... texts) {
        for (String text : texts) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("the mail holds a NUL character");
            }
        }
    }

    public static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventBusUnavailableException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TimeoutException
                    || cause instanceof java.io.IOException
                    || cause.getClass().getName().startsWith("io.r2dbc.spi.R2dbcTransient")
                    || cause.getClass().getName().startsWith("io.r2dbc.spi.R2dbcNonTransientResource")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The mail's Message-ID, or a stand-in when it has none or it cannot be read. */
    public static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id == null ? "(no Message-ID, number " + message.getMessageNumber() + ")" : id;
        } catch (MessagingException e) {
            return "(unreadable Message-ID, number " + message.getMessageNumber() + ")";
        }
    }

    /** What went wrong, in words for an operator: the error's message, never a class name or a stack trace. */
    public static String described(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return "the mail could not be processed";
        }
        int nested = message.indexOf("nested exception");
        String own = nested < 0 ? message : message.substring(0, nested);
        return shortly(CLASS_NAMES.matcher(own).replaceAll("").replaceAll("[;:\\s]+$", ""));
    }

    /** A reason on one line, short: it goes to the log. */
    public static String shortly(String reason) {
        String line = reason.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
