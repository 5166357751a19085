package io.muster.notifier.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID we choose: Jakarta Mail would replace it with a random one on send,
 * and the deterministic id lets status and bounce handling find the attempt.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;

    /** The session only carries MIME settings here: the mail sender opens its own for transport. */
    IdentifiedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
