package io.muster.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.channel.ProviderFailure.Kind;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailErrorsTests {

    @Test
    void rejectedRecipientIsPermanent() throws AddressException {
        var rejected = new SendFailedException(
                "Invalid Addresses",
                new SMTPAddressFailedException(
                        new InternetAddress("nobody@example.org"), "RCPT TO", 550, "550 no such user"));

        assertThat(MailErrors.classify(failedSend(rejected)).kind()).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void smtpTryLaterIsTransient() {
        var later = new SMTPSendFailedException("DATA", 451, "451 try again later", null, null, null, null);

        assertThat(MailErrors.classify(failedSend(later)).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void smtpPermanentErrorIsPermanent() {
        var refused = new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null);

        assertThat(MailErrors.classify(failedSend(refused)).kind()).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void malformedAddressIsPermanent() {
        assertThat(MailErrors.classify(new AddressException("Missing final '@domain'"))
                        .kind())
                .isEqualTo(Kind.PERMANENT);
    }

    @Test
    void unreachableServerIsTransient() {
        var down = new MailSendException(
                "Mail server connection failed", new MessagingException("Couldn't connect", new ConnectException()));

        assertThat(MailErrors.classify(down).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void timeoutBeforeTheEndOfTheMessageIsTransient() {
        var timeout =
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        assertThat(MailErrors.classify(failedSend(timeout)).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void timeoutWaitingForTheVerdictOnTheWholeMessageIsAmbiguous() {
        var timeout = new SocketTimeoutException("Read timed out");
        timeout.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.angus.mail.smtp.SMTPTransport", "readServerResponse", null, 2600),
            new StackTraceElement("org.eclipse.angus.mail.smtp.SMTPTransport", "finishData", null, 2400)
        });

        assertThat(MailErrors.classify(failedSend(new MessagingException("Exception reading response", timeout)))
                        .kind())
                .isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void unknownFailureIsAmbiguous() {
        assertThat(MailErrors.classify(failedSend(new MessagingException("connection reset")))
                        .kind())
                .isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void theAddressAServerQuotesInItsRefusalIsMaskedInTheReason() throws AddressException {
        var rejected = new SendFailedException(
                "Invalid Addresses",
                new SMTPAddressFailedException(
                        new InternetAddress("ada.lovelace@example.org"),
                        "RCPT TO",
                        550,
                        "550 5.1.1 <ada.lovelace@example.org>: Recipient address rejected: User unknown"));

        assertThat(MailErrors.classify(failedSend(rejected)).getMessage())
                .isEqualTo("SMTP: 550 5.1.1 <a***@example.org>: Recipient address rejected: User unknown")
                .doesNotContain("lovelace");
    }

    @Test
    void aMalformedAddressAServerQuotesIsMaskedToo() {
        var refused = new SMTPSendFailedException(
                "RCPT TO", 553, "553 5.1.3 <grace.hopper@@example> address malformed", null, null, null, null);

        assertThat(MailErrors.classify(failedSend(refused)).getMessage())
                .isEqualTo("SMTP: 553 5.1.3 <g***@@example> address malformed");
    }

    /** How Spring's JavaMailSenderImpl reports a failed message: in a map, without a cause. */
    private static MailSendException failedSend(Exception failure) {
        return new MailSendException(Map.of(new Object(), failure));
    }
}
