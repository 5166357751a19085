package io.muster.notifier.voice;

import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.delivery.ChannelSender;
import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.Outgoing;
import io.muster.notifier.delivery.ProviderLookup;
import io.muster.notifier.sms.CallbackContext;
import io.muster.notifier.sms.TwilioAccount;
import io.muster.notifier.sms.TwilioErrors;
import io.muster.notifier.token.AnswerTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Places alert calls through one Twilio account. Twilio fetches the TwiML from the gateway (which
 * reads the message and the menu) and posts the call's fate to the status callback; a busy or
 * unanswered call comes back as a failure receipt and moves the person on.
 */
public class TwilioVoiceSender implements ChannelSender {

    private static final Duration CLOCK_SLACK = Duration.ofSeconds(30);
    private static final long LOOKUP_PAGE = 50;

    private final TwilioAccount account;
    private final NotifierProperties notifier;
    private final AnswerTokens tokens;

    public TwilioVoiceSender(TwilioAccount account, NotifierProperties notifier, AnswerTokens tokens) {
        this.account = account;
        this.notifier = notifier;
        this.tokens = tokens;
    }

    @Override
    public String channel() {
        return "VOICE";
    }

    @Override
    public String provider() {
        return account.provider("twilio-voice");
    }

    @Override
    public boolean secondary() {
        return account.secondary();
    }

    /** The content is the TwiML URL: the token in it is what the gateway reads the message by. */
    @Override
    public Outgoing prepare(DeliveryRequest request, String address, int attempt) {
        String token = tokens.mint(request.notificationId(), request.expiresAt());
        return new Outgoing(
                request,
                address,
                attempt,
                notifier.callbackBase() + "/webhooks/twilio/voice/twiml?token=" + token,
                token);
    }

    @Override
    public String send(Outgoing outgoing) {
        try {
            return Call.creator(
                            new PhoneNumber(outgoing.address()),
                            new PhoneNumber(account.fromNumber()),
                            URI.create(outgoing.content()))
                    .setMachineDetection("Enable")
                    .setStatusCallback(URI.create(notifier.callbackBase() + "/webhooks/twilio/voice/status?"
                            + CallbackContext.of(outgoing.request(), "VOICE", outgoing.attempt())))
                    .create(account.client())
                    .getSid();
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }

    /** A call's TwiML URL is not listed back, so any call to that number since the attempt matches. */
    @Override
    public boolean answersLookUps() {
        return true;
    }

    @Override
    public ProviderLookup lookUp(String address, Instant since, @Nullable String contentSha256) {
        Instant from = since.minus(CLOCK_SLACK);
        try {
            ResourceSet<Call> calls = Call.reader()
                    .setTo(new PhoneNumber(address))
                    .setStartTimeAfter(from.atZone(ZoneOffset.UTC))
                    .setPageSize(LOOKUP_PAGE)
                    .limit(LOOKUP_PAGE)
                    .read(account.client());
            return StreamSupport.stream(calls.spliterator(), false)
                    .filter(call -> call.getDateCreated() == null
                            || !call.getDateCreated().toInstant().isBefore(from))
                    .findFirst()
                    .<ProviderLookup>map(call -> new ProviderLookup.Found(call.getSid()))
                    .orElseGet(ProviderLookup.NotFound::new);
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }
}
