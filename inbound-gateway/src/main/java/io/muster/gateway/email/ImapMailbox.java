package io.muster.gateway.email;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the reply mailbox on a thread of its own (Jakarta Mail blocks; never an event loop). A mail
 * is marked \Seen only once handled, so a restart re-reads what was not; the inbound log's
 * Message-ID key keeps a re-read mail from publishing twice.
 */
@Component
class ImapMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);

    private final ImapProperties imap;
    private final EmailReplies replies;
    private ScheduledExecutorService poller;

    ImapMailbox(ImapProperties imap, EmailReplies replies) {
        this.imap = imap;
        this.replies = replies;
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
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try (Folder folder = store.getFolder(imap.folder())) {
                folder.open(Folder.READ_WRITE);
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    handle((MimeMessage) message);
                }
            }
        }
    }

    /** Blocks until the mail is logged and its event acknowledged; a failure leaves it unseen for the next poll. */
    private void handle(MimeMessage message) throws MessagingException {
        try {
            replies.handle(ReceivedMail.of(message)).block();
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (IOException | RuntimeException e) {
            log.warn("Mail not handled, left unseen for the next poll: {}", e.toString());
            message.setFlag(Flags.Flag.SEEN, false);
        }
    }
}
