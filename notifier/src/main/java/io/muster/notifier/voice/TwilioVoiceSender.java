package io.muster.notifier.voice;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.Outgoing;
import io.muster.notifier.channel.ProviderLookup;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioAccount;
import io.muster.notifier.twilio.TwilioSender;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Places alert calls through one Twilio account. Twilio fetches the TwiML from the gateway (which
 * reads the message and the menu) and posts the call's fate to the status callback; a busy or
 * unanswered call comes back as a failure receipt and moves the person on.
 */
public class TwilioVoiceSender extends TwilioSender {

    /** Twilio's clock and ours may disagree a little; the call is created after our PENDING row. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(10);

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

    /**
     * Twilio lists neither a call's TwiML URL nor its status callback, so the attempt's call is the
     * oldest call from this account to that number created since the attempt that no other attempt
     * holds (queued and ringing ones included: they have no start time yet).
     */
    @Override
    public ProviderLookup lookUp(
            String address,
            Instant since,
            @Nullable String contentSha256,
            Function<Collection<String>, Set<String>> heldElsewhere) {
        return oldestUnattributed(
                () -> Call.reader()
                        .setTo(new PhoneNumber(address))
                        .setFrom(new PhoneNumber(account.fromNumber()))
                        .setPageSize(LOOKUP_PAGE)
                        .limit(LOOKUP_PAGE)
                        .read(account.client()),
                since.minus(CLOCK_SLACK),
                Call::getDateCreated,
                call -> true,
                Call::getSid,
                heldElsewhere);
    }
}
