package io.muster.notifier.sms;

import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.delivery.ChannelSender;
import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.Outgoing;
import io.muster.notifier.delivery.ProviderLookup;
import io.muster.notifier.delivery.Redaction;
import io.muster.notifier.token.AnswerTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends alert SMS through one Twilio account; Twilio reports delivery to the gateway's callback. */
class TwilioSmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);
    /** Our clock and Twilio's may disagree a little; a wider window cannot match another message. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private static final long LOOKUP_PAGE = 50;

    private final TwilioAccount account;
    private final NotifierProperties notifier;
    private final AnswerTokens tokens;
    private final SmsText texts;

    TwilioSmsSender(TwilioAccount account, NotifierProperties notifier, AnswerTokens tokens, SmsText texts) {
        this.account = account;
        this.notifier = notifier;
        this.tokens = tokens;
        this.texts = texts;
    }

    @Override
    public String channel() {
        return "SMS";
    }

    @Override
    public String provider() {
        return account.provider("twilio-sms");
    }

    @Override
    public boolean secondary() {
        return account.secondary();
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
        try {
            return Message.creator(
                            new PhoneNumber(outgoing.address()),
                            new PhoneNumber(account.fromNumber()),
                            outgoing.content())
                    .setStatusCallback(statusCallback(outgoing))
                    .create(account.client())
                    .getSid();
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }

    /** Twilio's list of messages to that number since the attempt, matched by the exact body sent. */
    @Override
    public boolean answersLookUps() {
        return true;
    }

    @Override
    public ProviderLookup lookUp(String address, Instant since, @Nullable String contentSha256) {
        try {
            ResourceSet<Message> messages = Message.reader()
                    .setTo(new PhoneNumber(address))
                    .setDateSentAfter(since.minus(CLOCK_SLACK).atZone(ZoneOffset.UTC))
                    .setPageSize(LOOKUP_PAGE)
                    .limit(LOOKUP_PAGE)
                    .read(account.client());
            return StreamSupport.stream(messages.spliterator(), false)
                    .filter(message -> contentSha256 == null
                            || contentSha256.equals(Outgoing.sha256(String.valueOf(message.getBody()))))
                    .findFirst()
                    .<ProviderLookup>map(message -> new ProviderLookup.Found(message.getSid()))
                    .orElseGet(ProviderLookup.NotFound::new);
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }

    /**
     * The gateway validates Twilio's signature over exactly this URL. It names the whole context
     * of the notification because a callback can arrive before the gateway has indexed the request.
     */
    private URI statusCallback(Outgoing outgoing) {
        return URI.create(notifier.callbackBase() + "/webhooks/twilio/sms/status?"
                + CallbackContext.of(outgoing.request(), "SMS", outgoing.attempt()));
    }
}
