package io.muster.gateway.sms;

import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.spool.SpooledWebhook;
import io.muster.gateway.spool.WebhookReplay;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Spooled SMS replies go through {@link SmsReplies} like live ones; the TwiML answer is no longer wanted. */
@Component
class SmsReplyReplay implements WebhookReplay {

    private final SmsReplies replies;

    SmsReplyReplay(SmsReplies replies) {
        this.replies = replies;
    }

    static SpooledWebhook spooled(InboundSms sms) {
        return new SpooledWebhook(InboundKind.SMS_REPLY.name(), sms.messageSid(), Map.of(), sms.params());
    }

    @Override
    public Set<String> kinds() {
        return Set.of(InboundKind.SMS_REPLY.name());
    }

    @Override
    public Mono<?> replay(SpooledWebhook webhook) {
        return replies.handle(InboundSms.from(webhook.form()));
    }
}
