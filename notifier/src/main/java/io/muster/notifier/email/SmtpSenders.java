package io.muster.notifier.email;

import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.ChannelSenders;
import io.muster.notifier.token.AnswerTokens;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** The email sender of the primary relay (spring.mail) and of the secondary when configured. */
@Component
class SmtpSenders implements ChannelSenders {

    private final List<ChannelSender> senders = new ArrayList<>();

    SmtpSenders(JavaMailSender primary, MailProperties settings, EmailContent content, AnswerTokens tokens) {
        senders.add(new SmtpEmailSender(primary, settings, content, tokens, false));
        MailProperties.Secondary secondary = settings.secondary();
        if (secondary != null) {
            senders.add(new SmtpEmailSender(relay(primary, secondary), settings, content, tokens, true));
        }
    }

    @Override
    public List<ChannelSender> senders() {
        return List.copyOf(senders);
    }

    /** The secondary relay, with the primary's timeouts and other JavaMail settings. */
    private static JavaMailSender relay(JavaMailSender primary, MailProperties.Secondary secondary) {
        JavaMailSenderImpl relay = new JavaMailSenderImpl();
        relay.setHost(secondary.host());
        relay.setPort(secondary.port());
        relay.setUsername(secondary.username());
        relay.setPassword(secondary.password());
        if (primary instanceof JavaMailSenderImpl configured) {
            relay.setJavaMailProperties(configured.getJavaMailProperties());
        }
        return relay;
    }
}
