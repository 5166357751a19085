package io.muster.notifier.voice;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.Outgoing;
import io.muster.notifier.delivery.ProviderLookup;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioAccount;
import io.muster.notifier.twilio.TwilioSender;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Places alert calls through one Twilio account. Twilio fetches the TwiML from the gateway (which
 * reads the message and the menu) and posts the call's fate to the status callback; a busy or
 * unanswered call comes back as a failure receipt and moves the person on.
 */
public class TwilioVoiceSender extends TwilioSender {

    private static final Duration CLOCK_SLACK = Duration.ofSeconds(30);

    public TwilioVoiceSender(TwilioAccount account, NotifierProperties notifier, AnswerTokens tokens) {
        super("VOICE", "twilio-voice", account, notifier, tokens);
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
        return create(() -> Call.creator(
                        new PhoneNumber(outgoing.address()),
                        new PhoneNumber(account.fromNumber()),
                        URI.create(outgoing.content()))
                .setMachineDetection("Enable")
                .setStatusCallback(statusCallback("/webhooks/twilio/voice/status", outgoing))
                .create(account.client())
                .getSid());
    }

    /** A call's TwiML URL is not listed back, so any call to that number since the attempt matches. */
    @Override
    public ProviderLookup lookUp(String address, Instant since, @Nullable String contentSha256) {
        Instant from = since.minus(CLOCK_SLACK);
        return firstMatch(
                () -> Call.reader()
                        .setTo(new PhoneNumber(address))
                        .setStartTimeAfter(from.atZone(ZoneOffset.UTC))
                        .setPageSize(LOOKUP_PAGE)
                        .limit(LOOKUP_PAGE)
                        .read(account.client()),
                call -> call.getDateCreated() == null
                        || !call.getDateCreated().toInstant().isBefore(from),
                Call::getSid);
    }
}
