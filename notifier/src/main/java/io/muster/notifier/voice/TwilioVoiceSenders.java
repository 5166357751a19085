package io.muster.notifier.voice;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.ChannelSenders;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioAccounts;
import java.util.List;
import org.springframework.stereotype.Component;

/** The voice sender of each Twilio account: the primary's, and the secondary's when configured. */
@Component
class TwilioVoiceSenders implements ChannelSenders {

    private final List<ChannelSender> senders;

    TwilioVoiceSenders(TwilioAccounts accounts, NotifierProperties notifier, AnswerTokens tokens) {
        this.senders = accounts.all().stream()
                .<ChannelSender>map(account -> new TwilioVoiceSender(account, notifier, tokens))
                .toList();
    }

    @Override
    public List<ChannelSender> senders() {
        return senders;
    }
}
