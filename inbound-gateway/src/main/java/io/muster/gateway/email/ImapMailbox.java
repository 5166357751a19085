package io.muster.gateway.email;

import io.muster.gateway.quarantine.MailTriage;
import io.muster.gateway.quarantine.QuarantinedMails;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the reply mailbox on a thread of its own (Jakarta Mail blocks; never an event loop), over IMAPS or
 * STARTTLS when configured. A mail is marked \Seen only once handled, so a restart re-reads what was not; the
 * inbound log's Message-ID key keeps a re-read mail from publishing twice. A mail that cannot be read, or whose
 * handling fails for a reason of its own (not an outage), is recorded for operators and moved to the quarantine
 * folder: it never blocks the mails behind it. An outage (database, broker) stops the poll, every mail unseen.
 */
@Component
class ImapMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);

    private final ImapProperties imap;
    private final EmailReplies replies;
    private final QuarantinedMails quarantine;
    private ScheduledExecutorService poller;

    ImapMailbox(ImapProperties imap, EmailReplies replies, QuarantinedMails quarantine) {
        this.imap = imap;
        this.replies = replies;
        this.quarantine = quarantine;
    }

    @Override
    public void start() {
        if (!imap.enabled()) {
            log.info("No muster.mail.imap.host: email replies are not read");
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("imap-poller").daemon().factory());
        long interval = imap.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (MessagingException | RuntimeException e) {
            log.warn("Reading the reply mailbox failed, will retry: {}", e.toString());
        }
    }

    void poll() throws MessagingException {
        try (Store store = imap.session().getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try (Folder folder = store.getFolder(imap.folder())) {
                folder.open(Folder.READ_WRITE);
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    handle(store, folder, (MimeMessage) message);
                }
            }
        }
    }

    /** Blocks until the mail is logged and its event acknowledged; an outage leaves it unseen for the next poll. */
    private void handle(Store store, Folder folder, MimeMessage message) throws MessagingException {
        ReceivedMail mail;
        try {
            mail = ReceivedMail.of(message);
            MailTriage.storable(mail.raw(), mail.from(), mail.messageId());
        } catch (MessagingException | IOException | RuntimeException e) {
            quarantined(store, folder, message, "unreadable: " + MailTriage.described(e));
            return;
        }
        try {
            replies.handle(mail).block();
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (RuntimeException e) {
            if (MailTriage.isOutage(e)) {
                message.setFlag(Flags.Flag.SEEN, false);
                throw e; // the rest waits for the next poll: nothing can be stored now
            }
            quarantined(store, folder, message, "not handled: " + MailTriage.described(e));
        }
    }

    private void quarantined(Store store, Folder folder, MimeMessage message, String reason) throws MessagingException {
        String id = MailTriage.messageId(message);
        quarantine.record(id, reason, imap.quarantineFolder()).block();
        Folder aside = store.getFolder(imap.quarantineFolder());
        if (!aside.exists()) {
            aside.create(Folder.HOLDS_MESSAGES);
        }
        folder.copyMessages(new Message[] {message}, aside);
        message.setFlag(Flags.Flag.SEEN, true);
        message.setFlag(Flags.Flag.DELETED, true);
        log.warn("Mail {} moved to {} for an operator ({})", id, imap.quarantineFolder(), MailTriage.shortly(reason));
    }
}
