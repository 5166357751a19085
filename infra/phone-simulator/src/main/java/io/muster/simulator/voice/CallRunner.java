package io.muster.simulator.voice;

import io.muster.simulator.Account;
import io.muster.simulator.CallOutcome;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.Numbers;
import io.muster.simulator.WebhookResult;
import io.muster.simulator.phone.AutoAnswer;
import io.muster.simulator.phone.Phones;
import io.muster.simulator.twilio.PhoneNumbers;
import io.muster.simulator.twilio.Sids;
import io.muster.simulator.twilio.Webhooks;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls: an outbound call rings the phone and, per the number's outcome, ends busy/no-answer/failed or is
 * answered and reads its TwiML; an inbound call fetches the voice webhook. Every call ends with a signed
 * status callback.
 */
public final class CallRunner {

    private static final Logger log = LoggerFactory.getLogger(CallRunner.class);

    private final Calls calls;
    private final Numbers numbers;
    private final Phones phones;
    private final Webhooks webhooks;
    private final TwimlInterpreter interpreter;
    private final Executor executor;
    private final Transcripts transcripts;

    public CallRunner(
            Calls calls,
            Numbers numbers,
            Phones phones,
            Webhooks webhooks,
            Executor executor,
            CallInputs inputs,
            AutoAnswer autoAnswer,
            Recordings recordings,
            Conferences conferences,
            Duration inputTimeoutCap,
            String apiBaseUrl,
            Transcripts transcripts) {
        this.calls = calls;
        this.numbers = numbers;
        this.phones = phones;
        this.webhooks = webhooks;
        this.executor = executor;
        this.transcripts = transcripts;
        this.interpreter =
                new TwimlInterpreter(inputs, autoAnswer, recordings, conferences, inputTimeoutCap, apiBaseUrl);
    }

    void dial(VoiceCall queued, Account account) {
        executor.execute(() -> {
            CallOutcome outcome = numbers.callOutcomeOf(queued.to());
            if (!outcome.answered()) {
                finish(queued, account, outcome.finalStatus());
                return;
            }
            String answeredBy = queued.request().machineDetection()
                    ? (outcome == CallOutcome.MACHINE ? "machine_start" : "human")
                    : null;
            VoiceCall call = calls.update(queued, c -> c.inProgress(answeredBy));
            CallSession session = new CallSession(
                    call, account, webhooks, phones, "in-progress", transcripts.start(call.sid()), null);
            VoiceCall.Request request = call.request();
            converse(
                    call,
                    account,
                    session,
                    () -> request.twiml() != null
                            ? TwimlPage.inline(request.twiml())
                            : session.fetch(request.method(), request.url(), Map.of()));
        });
    }

    /** The phone {@code from} calls {@code to}; answers what the voice webhook returned, then talks on. */
    public WebhookResult inbound(String voiceWebhookUrl, Account account, String from, String to) {
        Connected connected = connect(voiceWebhookUrl, account, from, to, null);
        executor.execute(() -> converse(connected.call(), account, connected.session(), connected::first));
        return connected.first().result();
    }

    /**
     * A scripted caller on {@code from} calls {@code to} and follows {@code script}; returns the transcript once
     * the call has ended, or once the caller waits on a conference (the call then stays in progress until it is hung
     * up), or once {@code timeout} has passed, with the call still in progress.
     */
    public CallTranscript scripted(
            String voiceWebhookUrl, Account account, String from, String to, CallScript script, Duration timeout) {
        Connected connected = connect(voiceWebhookUrl, account, from, to, new ScriptedCaller(script));
        CompletableFuture<Void> ended = CompletableFuture.runAsync(
                () -> converse(connected.call(), account, connected.session(), connected::first), executor);
        try {
            CompletableFuture.anyOf(ended, connected.session().whenHolding())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("Scripted call from {} still runs after {}", PhoneNumbers.mask(from), timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the scripted call failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return transcript(connected.call().sid()).orElseThrow();
    }

    /** What was said on a recent call. */
    public Optional<CallTranscript> transcript(String callSid) {
        return calls.get(callSid).flatMap(call -> transcripts
                .lines(callSid)
                .map(lines -> new CallTranscript(call.sid(), call.from(), call.to(), call.status(), lines)));
    }

    private Connected connect(String voiceWebhookUrl, Account account, String from, String to, ScriptedCaller script) {
        if (voiceWebhookUrl == null) {
            throw new IllegalStateException("no voice URL is configured for " + PhoneNumbers.mask(to));
        }
        VoiceCall ringing = VoiceCall.queued(
                Sids.next("CA"),
                account.sid(),
                from,
                to,
                "inbound",
                new VoiceCall.Request(voiceWebhookUrl, "POST", null, null, "POST", false));
        calls.add(ringing, false);
        VoiceCall call = calls.update(ringing, c -> c.inProgress(null));
        CallSession session =
                new CallSession(call, account, webhooks, phones, "ringing", transcripts.start(call.sid()), script);
        TwimlPage first = session.fetch("POST", voiceWebhookUrl, Map.of());
        session.status("in-progress");
        return new Connected(call, session, first);
    }

    private record Connected(VoiceCall call, CallSession session, TwimlPage first) {}

    private void converse(VoiceCall call, Account account, CallSession session, FirstPage first) {
        try {
            interpreter.run(session, first.get());
        } catch (RuntimeException e) {
            log.info("Call with {} ended early: {}", PhoneNumbers.mask(session.phone()), e.toString());
        }
        finish(call, account, "completed");
    }

    private void finish(VoiceCall call, Account account, String status) {
        VoiceCall ended = calls.update(call, c -> c.ended(status));
        String callback = ended.request().statusCallback();
        if (callback == null) {
            return;
        }
        Map<String, String> params = new CallSession(ended, account, webhooks, phones, status, null, null).params();
        params.put("CallDuration", String.valueOf(ended.durationSeconds()));
        params.put("Duration", String.valueOf(ended.durationSeconds()));
        params.put("Timestamp", io.muster.simulator.twilio.TwilioDates.format(ended.updated()));
        try {
            webhooks.send(ended.request().statusCallbackMethod(), callback, params, account.authToken());
        } catch (RuntimeException e) {
            log.debug("Status callback for a call to {} failed: {}", PhoneNumbers.mask(call.to()), e.toString());
        }
    }

    @FunctionalInterface
    private interface FirstPage {
        TwimlPage get();
    }
}
