package io.muster.notifier.email;

import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.channel.ProviderFailure.Kind;
import io.muster.notifier.channel.Redaction;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Splits mail failures by what they mean for another try: an SMTP 5xx or an invalid address is
 * permanent, no connection, a 4xx "try later" or a timeout before the end of the message transient, a
 * timeout waiting for the verdict on the whole message (or anything unknown) ambiguous. The reason goes
 * into logs, the ledger and NotificationFailed, so the addresses SMTP servers quote in it are masked.
 */
final class MailErrors {

    private MailErrors() {}

    static ProviderFailure classify(Exception failure) {
        List<Throwable> causes = causes(failure);
        return new ProviderFailure(kindOf(causes), "SMTP: " + Redaction.emailAddressesIn(reasonOf(causes)), failure);
    }

    private static Kind kindOf(List<Throwable> causes) {
        Integer code = smtpReturnCode(causes);
        if (code != null) {
            return code >= 500 ? Kind.PERMANENT : Kind.TRANSIENT;
        }
        if (causes.stream().anyMatch(c -> c instanceof AddressException || c instanceof SendFailedException)) {
            return Kind.PERMANENT;
        }
        if (causes.stream().anyMatch(MailErrors::neverConnected)) {
            return Kind.TRANSIENT;
        }
        if (causes.stream().anyMatch(SocketTimeoutException.class::isInstance) && !afterEndOfData(causes)) {
            // the server cannot have taken a message whose final "." it never got: safe to send again
            return Kind.TRANSIENT;
        }
        // waiting for the answer to the final "." (or anything unknown): the server may have taken it
        return Kind.AMBIGUOUS;
    }

    /**
     * SMTP cannot tell us which command timed out, but the call stack can: {@code finishData} sends
     * the final "." and reads the server's verdict on the message.
     */
    private static boolean afterEndOfData(List<Throwable> causes) {
        return causes.stream()
                .flatMap(cause -> Arrays.stream(cause.getStackTrace()))
                .anyMatch(frame -> frame.getClassName().endsWith(".SMTPTransport")
                        && frame.getMethodName().equals("finishData"));
    }

    private static boolean neverConnected(Throwable cause) {
        return cause instanceof MailConnectException
                || cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof MailAuthenticationException;
    }

    private static @Nullable Integer smtpReturnCode(List<Throwable> causes) {
        for (Throwable cause : causes) {
            if (cause instanceof SMTPSendFailedException smtp) {
                return smtp.getReturnCode();
            }
            if (cause instanceof SMTPAddressFailedException smtp) {
                return smtp.getReturnCode();
            }
        }
        return null;
    }

    /** The failure, its causes, and the per-message failures Spring collects without a cause. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
            if (cause instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(nested -> causes.addAll(causes(nested)));
            }
        }
        return causes;
    }

    private static String reasonOf(List<Throwable> causes) {
        Throwable root = causes.getLast();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip();
    }
}
