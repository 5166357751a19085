package io.muster.gateway.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.muster.gateway.lease.Leases;
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
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * With several instances, one at a time reads the mailbox: the one holding its lease ({@link Leases}, renewed
 * before each mail, given up on stop); another takes over once it lapses ({@code muster.mail.imap.lease}).
 */
@Component
class ImapMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(2);

    private final ImapProperties imap;
    private final EmailReplies replies;
    private final QuarantinedMails quarantine;
    private final Leases leases;
    private final Counter read;
    private ScheduledExecutorService poller;
    private volatile boolean stopping; // a poll cut short by stop() must not take the released lease again

    ImapMailbox(
            ImapProperties imap,
            EmailReplies replies,
            QuarantinedMails quarantine,
            Leases leases,
            MeterRegistry meters) {
        this.imap = imap;
        this.replies = replies;
        this.quarantine = quarantine;
        this.leases = leases;
        this.read = Counter.builder("muster.gateway.mail.read")
                .description("mails this instance took from the reply mailbox")
                .register(meters);
    }

    @Override
    public void start() {
        if (!imap.enabled()) {
            log.info("No muster.mail.imap.host: email replies are not read");
            return;
        }
        stopping = false;
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("imap-poller").daemon().factory());
        long interval = imap.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            stopping = true;
            poller.shutdownNow();
            poller = null;
            try {
                leases.release(imap.leaseName()).block(RELEASE_WAIT);
            } catch (RuntimeException e) {
                // the lease lapses on its own
                log.debug("Reply mailbox lease not released: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    private void pollQuietly() {
        try {
            poll(this::holdingLease);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Reading the reply mailbox failed, will retry: {}", e.toString());
        }
    }

    /** One poll, whoever holds the lease (tests). */
    void poll() throws MessagingException {
        poll(() -> true);
    }

    /** One poll while {@code holding}: asked before the mailbox is opened and before each mail. */
    private void poll(BooleanSupplier holding) throws MessagingException {
        if (!holding.getAsBoolean()) {
            return; // another instance reads the mailbox
        }
        try (Store store = imap.session().getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try (Folder folder = store.getFolder(imap.folder())) {
                folder.open(Folder.READ_WRITE);
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (!holding.getAsBoolean()) {
                        return; // the lease lapsed mid-poll and another instance took it: it reads the rest
                    }
                    read.increment();
                    handle(store, folder, (MimeMessage) message);
                }
            }
        }
    }

    /** Takes or renews the mailbox's lease; an outage fails the poll, as reading would. */
    private boolean holdingLease() {
        return !stopping
                && Boolean.TRUE.equals(
                        leases.hold(imap.leaseName(), imap.lease()).block());
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
