package io.muster.simulator.sms;

import io.muster.simulator.Account;
import io.muster.simulator.Numbers;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.phone.AutoAnswer;
import io.muster.simulator.phone.Phones;
import io.muster.simulator.twilio.PhoneNumbers;
import io.muster.simulator.twilio.Webhooks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a created message: it lands in the phone's inbox at once, then the status advances to sent and
 * delivered (or undelivered for unreachable numbers) with a signed status callback for each step.
 */
public final class SmsDelivery {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    private static final int UNREACHABLE_HANDSET = 30003;

    private final Messages messages;
    private final Phones phones;
    private final Numbers numbers;
    private final Webhooks webhooks;
    private final AutoAnswer autoAnswer;
    private final InboundSms inbound;
    private final Executor executor;
    private final boolean statusCallbacks;

    public SmsDelivery(
            Messages messages,
            Phones phones,
            Numbers numbers,
            Webhooks webhooks,
            AutoAnswer autoAnswer,
            InboundSms inbound,
            Executor executor,
            boolean statusCallbacks) {
        this.messages = messages;
        this.phones = phones;
        this.numbers = numbers;
        this.webhooks = webhooks;
        this.autoAnswer = autoAnswer;
        this.inbound = inbound;
        this.executor = executor;
        this.statusCallbacks = statusCallbacks;
    }

    void deliver(SmsMessage message, Account account) {
        boolean reachable = !numbers.isUndeliverable(message.to());
        if (reachable) {
            phones.receive(
                    message.to(),
                    new PhoneMessage(
                            message.sid(),
                            PhoneMessage.Kind.SMS,
                            message.from(),
                            message.to(),
                            message.body(),
                            message.created()));
            phones.textedBy(message.to(), message.from());
            autoAnswer.onSms(reply -> inbound.textQuietly(message.to(), message.from(), reply));
        }
        executor.execute(() -> {
            advance(message, account, "sent", null);
            advance(message, account, reachable ? "delivered" : "undelivered", reachable ? null : UNREACHABLE_HANDSET);
        });
    }

    private void advance(SmsMessage message, Account account, String status, Integer errorCode) {
        messages.changeStatus(message.sid(), status, errorCode);
        if (message.statusCallback() == null || !statusCallbacks) {
            return;
        }
        try {
            webhooks.post(message.statusCallback(), callback(message, status, errorCode), account.authToken());
        } catch (RuntimeException e) {
            log.debug("Status callback for a message to {} failed: {}", PhoneNumbers.mask(message.to()), e.toString());
        }
    }

    private static Map<String, String> callback(SmsMessage message, String status, Integer errorCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", message.sid());
        params.put("SmsSid", message.sid());
        params.put("MessageStatus", status);
        params.put("SmsStatus", status);
        params.put("AccountSid", message.accountSid());
        params.put("From", message.from());
        params.put("To", message.to());
        params.put("ApiVersion", "2010-04-01");
        if (message.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", message.messagingServiceSid());
        }
        if (errorCode != null) {
            params.put("ErrorCode", String.valueOf(errorCode));
        }
        return params;
    }
}
