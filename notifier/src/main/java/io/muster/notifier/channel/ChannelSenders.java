package io.muster.notifier.channel;

import java.util.List;

/** A source of provider adapters: a bean per provider family (Twilio, SMTP) with its accounts. */
public interface ChannelSenders {

    List<ChannelSender> senders();
}
