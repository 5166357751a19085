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

/**
 * A connected call: the phone on it, the parameters of every request, what the phone hears (its inbox and the
 * call's transcript) and, for a scripted caller, the script it follows.
 */
final class CallSession {

    private final VoiceCall call;
    private final Account account;
    private final Webhooks webhooks;
    private final Phones phones;
    private final Transcripts.Transcript transcript;
    private final ScriptedCaller script;
    private final java.util.concurrent.CompletableFuture<Void> holding = new java.util.concurrent.CompletableFuture<>();
    private volatile String status;

    CallSession(
            VoiceCall call,
            Account account,
            Webhooks webhooks,
            Phones phones,
            String status,
            Transcripts.Transcript transcript,
            ScriptedCaller script) {
        this.call = call;
        this.account = account;
        this.webhooks = webhooks;
        this.phones = phones;
        this.status = status;
        this.transcript = transcript;
        this.script = script;
    }

    /** The simulated phone: the callee of an outbound call, the caller of an inbound one. */
    String phone() {
        return inbound() ? call.from() : call.to();
    }

    String sid() {
        return call.sid();
    }

    String accountSid() {
        return call.accountSid();
    }

    boolean machine() {
        return call.answeredBy() != null && call.answeredBy().startsWith("machine");
    }

    /** The script of a scripted caller, or null when people or tests give input as the call waits. */
    ScriptedCaller script() {
        return script;
    }

    /** The caller now waits on a conference: a scripted call has done all it will do for now. */
    void holding() {
        holding.complete(null);
    }

    java.util.concurrent.CompletableFuture<Void> whenHolding() {
        return holding;
    }

    void status(String newStatus) {
        status = newStatus;
    }

    TwimlPage fetch(String method, String url, Map<String, String> extra) {
        Map<String, String> params = params();
        params.putAll(extra);
        WebhookResult result = webhooks.send(method, url, params, account.authToken());
        if (!result.successful() && transcript != null) {
            // what Twilio says when the application's answer is not TwiML it can read
            transcript.application(
                    "We are sorry, an application error has occurred. Goodbye. (HTTP " + result.status() + ")");
        }
        return new TwimlPage(url, result.successful() ? Twiml.parse(result.body()) : Twiml.parse(null), result);
    }

    /** A signed callback with exactly these parameters (e.g. a recording status callback), not the call's. */
    WebhookResult notify(String method, String url, Map<String, String> params) {
        return webhooks.send(method, url, params, account.authToken());
    }

    void heard(String text) {
        String speaker = inbound() ? call.to() : call.from();
        phones.receive(
                phone(), new PhoneMessage(call.sid(), PhoneMessage.Kind.VOICE, speaker, phone(), text, Instant.now()));
        if (transcript != null) {
            transcript.application(text);
        }
    }

    /** What the caller did (keys, a recording, silence, hanging up), for the transcript. */
    void did(String what) {
        if (transcript != null) {
            transcript.caller(what);
        }
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
