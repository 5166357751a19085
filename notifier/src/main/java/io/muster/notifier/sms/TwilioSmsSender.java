package io.muster.notifier.sms;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.messages.SmsSegments;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.Outgoing;
import io.muster.notifier.channel.ProviderLookup;
import io.muster.notifier.channel.Redaction;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioAccount;
import io.muster.notifier.twilio.TwilioSender;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends alert SMS through one Twilio account; Twilio reports delivery to the gateway's callback. */
public class TwilioSmsSender extends TwilioSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);
    /** Our clock and Twilio's may disagree a little; a wider window cannot match another message. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final SmsText texts;

    public TwilioSmsSender(TwilioAccount account, NotifierProperties notifier, AnswerTokens tokens, SmsText texts) {
        super("SMS", "twilio-sms", account, notifier, tokens);
        this.texts = texts;
    }

    @Override
    public Outgoing prepare(DeliveryRequest request, String address, int attempt) {
        String token = tokens.mint(request.notificationId(), request.expiresAt());
        return new Outgoing(request, address, attempt, texts.of(request, token), token);
    }

    @Override
    public String send(Outgoing outgoing) {
        if (log.isDebugEnabled()) { // per message: too costly at INFO for a broadcast of thousands
            log.debug(
                    "SMS {} attempt {} to {}: {}",
                    outgoing.request().notificationId(),
                    outgoing.attempt(),
                    Redaction.address(outgoing.address()),
                    SmsSegments.of(outgoing.content()));
        }
        return create(() -> Message.creator(
                        new PhoneNumber(outgoing.address()), new PhoneNumber(account.fromNumber()), outgoing.content())
                .setStatusCallback(statusCallback("/webhooks/twilio/sms/status", outgoing))
                .create(account.client())
                .getSid());
    }

    /**
     * Twilio's messages from this account to that number since the attempt, queued ones included,
     * matched by the exact body sent (it carries the notification's own answer token).
     */
    @Override
    public ProviderLookup lookUp(
            String address,
            Instant since,
            @Nullable String contentSha256,
            Function<Collection<String>, Set<String>> heldElsewhere) {
        return oldestUnattributed(
                () -> Message.reader()
                        .setTo(new PhoneNumber(address))
                        .setFrom(new PhoneNumber(account.fromNumber()))
                        .setPageSize(LOOKUP_PAGE)
                        .limit(LOOKUP_PAGE)
                        .read(account.client()),
                since.minus(CLOCK_SLACK),
                Message::getDateCreated,
                message -> contentSha256 == null
                        || contentSha256.equals(Outgoing.sha256(String.valueOf(message.getBody()))),
                Message::getSid,
                heldElsewhere);
    }
}
