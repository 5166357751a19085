package io.muster.simulator.voice;

import io.muster.simulator.Account;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.WebhookResult;
import io.muster.simulator.phone.Phones;
import io.muster.simulator.twilio.Twiml;
import io.muster.simulator.twilio.Webhooks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A connected call: the phone on it, the parameters of every request, and what the phone hears. */
final class CallSession {

    private final VoiceCall call;
    private final Account account;
    private final Webhooks webhooks;
    private final Phones phones;
    private volatile String status;

    CallSession(VoiceCall call, Account account, Webhooks webhooks, Phones phones, String status) {
        this.call = call;
        this.account = account;
        this.webhooks = webhooks;
        this.phones = phones;
        this.status = status;
    }

    /** The simulated phone: the callee of an outbound call, the caller of an inbound one. */
    String phone() {
        return inbound() ? call.from() : call.to();
    }

    boolean machine() {
        return call.answeredBy() != null && call.answeredBy().startsWith("machine");
    }

    void status(String newStatus) {
        status = newStatus;
    }

    TwimlPage fetch(String method, String url, Map<String, String> extra) {
        Map<String, String> params = params();
        params.putAll(extra);
        WebhookResult result = webhooks.send(method, url, params, account.authToken());
        return new TwimlPage(url, result.successful() ? Twiml.parse(result.body()) : Twiml.parse(null), result);
    }

    void heard(String text) {
        String speaker = inbound() ? call.to() : call.from();
        phones.receive(
                phone(), new PhoneMessage(call.sid(), PhoneMessage.Kind.VOICE, speaker, phone(), text, Instant.now()));
    }

    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", call.sid());
        params.put("AccountSid", call.accountSid());
        params.put("From", call.from());
        params.put("To", call.to());
        params.put("Caller", call.from());
        params.put("Called", call.to());
        params.put("CallStatus", status);
        params.put("Direction", call.direction());
        params.put("ApiVersion", "2010-04-01");
        if (call.answeredBy() != null) {
            params.put("AnsweredBy", call.answeredBy());
        }
        return params;
    }

    private boolean inbound() {
        return "inbound".equals(call.direction());
    }
}
