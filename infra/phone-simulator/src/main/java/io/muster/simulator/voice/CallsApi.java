package io.muster.simulator.voice;

import io.muster.simulator.Account;
import io.muster.simulator.Numbers;
import io.muster.simulator.rest.ListRequest;
import io.muster.simulator.rest.TwilioResources;
import io.muster.simulator.twilio.Sids;
import io.muster.simulator.twilio.TwilioApiException;
import io.muster.simulator.twilio.TwilioError;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** The Calls resource: create (then ring the phone), fetch, and list by To, From and Status. */
public final class CallsApi implements TwilioResources {

    private final Calls calls;
    private final CallRunner runner;
    private final Numbers numbers;

    public CallsApi(Calls calls, CallRunner runner, Numbers numbers) {
        this.calls = calls;
        this.runner = runner;
        this.numbers = numbers;
    }

    @Override
    public Map<String, Object> create(Account account, Map<String, String> form) {
        String to = required(form, "To", 21201);
        String from = required(form, "From", 21213);
        String url = blankToNull(form.get("Url"));
        String twiml = blankToNull(form.get("Twiml"));
        if (url == null && twiml == null) {
            throw new TwilioApiException(TwilioError.missing(21205, "Url"));
        }
        if (numbers.isInvalid(to)) {
            throw new TwilioApiException(TwilioError.invalidTo(to));
        }
        VoiceCall.Request request = new VoiceCall.Request(
                url,
                Objects.requireNonNullElse(blankToNull(form.get("Method")), "POST"),
                twiml,
                blankToNull(form.get("StatusCallback")),
                Objects.requireNonNullElse(blankToNull(form.get("StatusCallbackMethod")), "POST"),
                blankToNull(form.get("MachineDetection")) != null);
        VoiceCall call = VoiceCall.queued(Sids.next("CA"), account.sid(), from, to, "outbound-api", request);
        calls.add(call, true);
        runner.dial(call, account);
        return CallJson.of(call);
    }

    @Override
    public Map<String, Object> fetch(Account account, String sid) {
        return calls.get(sid)
                .filter(call -> call.accountSid().equals(account.sid()))
                .map(CallJson::of)
                .orElseThrow(() -> new TwilioApiException(
                        TwilioError.notFound("/2010-04-01/Accounts/" + account.sid() + "/Calls/" + sid + ".json")));
    }

    @Override
    public Map<String, Object> list(Account account, ListRequest request) {
        Predicate<VoiceCall> matches = call -> call.accountSid().equals(account.sid());
        matches = matches.and(equalIfGiven(request.filter("To"), VoiceCall::to))
                .and(equalIfGiven(request.filter("From"), VoiceCall::from))
                .and(equalIfGiven(request.filter("Status"), VoiceCall::status));
        return request.page("calls", calls.newestFirst().filter(matches), CallJson::of);
    }

    private static Predicate<VoiceCall> equalIfGiven(String expected, Function<VoiceCall, String> field) {
        return expected == null ? call -> true : call -> expected.equals(field.apply(call));
    }

    private static String required(Map<String, String> form, String name, int code) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            throw new TwilioApiException(TwilioError.missing(code, name));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
