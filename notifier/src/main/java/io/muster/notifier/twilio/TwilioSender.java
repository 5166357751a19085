package io.muster.notifier.twilio;

import com.twilio.base.Resource;
import com.twilio.base.ResourceSet;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.Outgoing;
import io.muster.notifier.channel.ProviderLookup;
import io.muster.notifier.token.AnswerTokens;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * What the SMS and voice senders of one Twilio account share: the account and its provider name,
 * the status callback Twilio posts the fate of each attempt to, and the calls to Twilio with its
 * errors classified (so a timeout is ambiguous, a 4xx final, a 5xx retryable).
 */
public abstract class TwilioSender implements ChannelSender {

    /** How many of Twilio's records to a number an ambiguous attempt is looked for among. */
    protected static final long LOOKUP_PAGE = 50;

    protected final TwilioAccount account;
    protected final NotifierProperties notifier;
    protected final AnswerTokens tokens;
    private final String channel;
    private final String provider;

    protected TwilioSender(
            String channel, String provider, TwilioAccount account, NotifierProperties notifier, AnswerTokens tokens) {
        this.channel = channel;
        this.provider = provider;
        this.account = account;
        this.notifier = notifier;
        this.tokens = tokens;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String provider() {
        return account.provider(provider);
    }

    @Override
    public boolean secondary() {
        return account.secondary();
    }

    /** Twilio lists what was sent, so an attempt whose answer was lost can be looked up. */
    @Override
    public boolean answersLookUps() {
        return true;
    }

    /**
     * The gateway validates Twilio's signature over exactly this URL. It names the whole context
     * of the notification because a callback can arrive before the gateway has indexed the request.
     */
    protected URI statusCallback(String path, Outgoing outgoing) {
        return URI.create(notifier.callbackBase() + path + "?"
                + CallbackContext.of(outgoing.request(), channel, outgoing.attempt()));
    }

    /** Creates the message or call and returns its sid. */
    protected static String create(Supplier<String> creation) {
        try {
            return creation.get();
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
    }

    /**
     * The oldest record Twilio lists (newest first, a page of {@link #LOOKUP_PAGE}) that was created
     * since {@code since}, matches the attempt and is no other attempt's, if any. The listing must not
     * filter by send or start time: a queued message or call has neither yet, and it counts as found.
     */
    protected static <T extends Resource> ProviderLookup oldestUnattributed(
            Supplier<ResourceSet<T>> listing,
            Instant since,
            Function<T, @Nullable ZonedDateTime> created,
            Predicate<T> matches,
            Function<T, String> sid,
            Function<Collection<String>, Set<String>> heldElsewhere) {
        List<String> candidates;
        try {
            candidates = StreamSupport.stream(listing.get().spliterator(), false)
                    .filter(found -> created.apply(found) == null
                            || !created.apply(found).toInstant().isBefore(since))
                    .filter(matches)
                    .map(sid)
                    .toList();
        } catch (RuntimeException failure) {
            throw TwilioErrors.classify(failure);
        }
        Set<String> taken = candidates.isEmpty() ? Set.of() : heldElsewhere.apply(candidates);
        return candidates.stream()
                .filter(candidate -> !taken.contains(candidate))
                .reduce((newer, older) -> older)
                .<ProviderLookup>map(ProviderLookup.Found::new)
                .orElseGet(ProviderLookup.NotFound::new);
    }
}
