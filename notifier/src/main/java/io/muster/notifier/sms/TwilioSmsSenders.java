package io.muster.notifier.sms;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.ChannelSenders;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioAccounts;
import java.util.List;
import org.springframework.stereotype.Component;

/** The SMS sender of each Twilio account: the primary's, and the secondary's when configured. */
@Component
class TwilioSmsSenders implements ChannelSenders {

    private final List<ChannelSender> senders;

    TwilioSmsSenders(TwilioAccounts accounts, NotifierProperties notifier, AnswerTokens tokens, SmsText texts) {
        this.senders = accounts.all().stream()
                .<ChannelSender>map(account -> new TwilioSmsSender(account, notifier, tokens, texts))
                .toList();
    }

    @Override
    public List<ChannelSender> senders() {
        return senders;
    }
}
