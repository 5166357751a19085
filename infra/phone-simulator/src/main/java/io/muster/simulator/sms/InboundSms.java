package io.muster.simulator.sms;

import io.muster.simulator.Account;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.SentSms;
import io.muster.simulator.WebhookFailure;
import io.muster.simulator.WebhookResult;
import io.muster.simulator.phone.Phones;
import io.muster.simulator.twilio.PhoneNumbers;
import io.muster.simulator.twilio.Sids;
import io.muster.simulator.twilio.Twiml;
import io.muster.simulator.twilio.WebhookUnreachableException;
import io.muster.simulator.twilio.Webhooks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * A phone texts the application: the signed inbound-SMS webhook, and any {@code <Message>} in the TwiML
 * answer delivered back to the phone.
 */
public final class InboundSms {

    private static final Logger log = LoggerFactory.getLogger(InboundSms.class);

    private final String webhookUrl;
    private final Account account;
    private final Phones phones;
    private final Webhooks webhooks;

    public InboundSms(String webhookUrl, Account account, Phones phones, Webhooks webhooks) {
        this.webhookUrl = webhookUrl;
        this.account = account;
        this.phones = phones;
        this.webhooks = webhooks;
    }

    /** The phone answers whoever texted it last. */
    public WebhookResult reply(String phone, String body) {
        String to = phones.lastSender(phone)
                .orElseThrow(() -> new IllegalStateException(
                        "no SMS has reached " + PhoneNumbers.mask(phone) + ", so it has nobody to reply to"));
        return text(phone, to, body);
    }

    public WebhookResult text(String from, String to, String body) {
        if (webhookUrl == null) {
            throw new IllegalStateException("no SMS webhook URL is configured");
        }
        WebhookResult result = post(from, params(from, to, body));
        if (result.successful()) {
            for (Element verb : Twiml.parse(result.body()).verbs()) {
                if ("Message".equals(verb.getTagName())) {
                    String recipient = verb.getAttribute("to").isBlank() ? from : verb.getAttribute("to");
                    phones.receive(
                            recipient,
                            new PhoneMessage(
                                    Sids.next("SM"),
                                    PhoneMessage.Kind.SMS,
                                    to,
                                    recipient,
                                    Twiml.messageText(verb),
                                    Instant.now()));
                    phones.textedBy(recipient, to);
                }
            }
        }
        return result;
    }

    /** Posts the webhook and notes the SMS in the phone's sent list with how the application took it. */
    private WebhookResult post(String from, Map<String, String> params) {
        Instant at = Instant.now();
        try {
            WebhookResult result = webhooks.post(webhookUrl, params, account.authToken());
            WebhookFailure failure = result.status() >= 500
                    ? WebhookFailure.STATUS_5XX
                    : result.status() >= 400 ? WebhookFailure.STATUS_4XX : null;
            phones.sent(from, sentSms(params, at, result.status(), failure, result.attempts()));
            return result;
        } catch (WebhookUnreachableException e) {
            phones.sent(from, sentSms(params, at, 0, e.failure(), e.attempts()));
            throw e;
        }
    }

    private static SentSms sentSms(
            Map<String, String> params, Instant at, int status, WebhookFailure failure, int attempts) {
        return new SentSms(
                params.get("MessageSid"), params.get("To"), params.get("Body"), at, status, failure, attempts);
    }

    /** For automatic answers: failures are counted by the webhook sender, not raised. */
    void textQuietly(String from, String to, String body) {
        try {
            text(from, to, body);
        } catch (RuntimeException e) {
            log.debug("Automatic SMS reply from {} failed: {}", PhoneNumbers.mask(from), e.toString());
        }
    }

    private Map<String, String> params(String from, String to, String body) {
        String sid = Sids.next("SM");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("SmsMessageSid", sid);
        params.put("SmsSid", sid);
        params.put("AccountSid", account.sid());
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        params.put("NumMedia", "0");
        params.put("NumSegments", String.valueOf(SmsMessage.segments(body)));
        params.put("SmsStatus", "received");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }
}
