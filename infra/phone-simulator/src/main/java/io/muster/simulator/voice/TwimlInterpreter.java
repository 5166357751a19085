package io.muster.simulator.voice;

import io.muster.simulator.CallScript;
import io.muster.simulator.WebhookResult;
import io.muster.simulator.phone.AutoAnswer;
import io.muster.simulator.twilio.Twiml;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * Reads TwiML to the phone like Twilio: {@code <Say>} and {@code <Play>} land in its inbox and the call's
 * transcript, {@code <Gather>} and {@code <Record>} wait for the phone (or take the next step of a scripted
 * caller), {@code <Redirect>} and actions move to new TwiML, {@code <Hangup>} ends. {@code <Pause>} is not
 * waited out, to keep drills and tests fast.
 */
final class TwimlInterpreter {

    private static final int MAX_PAGES = 50;
    private static final TwimlPage HANG_UP = TwimlPage.inline(null);

    private final CallInputs inputs;
    private final AutoAnswer autoAnswer;
    private final RecordVerb recordVerb;
    private final Conferences conferences;
    private final Duration inputTimeoutCap;

    TwimlInterpreter(
            CallInputs inputs,
            AutoAnswer autoAnswer,
            Recordings recordings,
            Conferences conferences,
            Duration inputTimeoutCap,
            String apiBaseUrl) {
        this.inputs = inputs;
        this.conferences = conferences;
        this.autoAnswer = autoAnswer;
        this.recordVerb = new RecordVerb(recordings, apiBaseUrl);
        this.inputTimeoutCap = inputTimeoutCap;
    }

    void run(CallSession call, TwimlPage first) {
        TwimlPage page = first;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            page = read(call, page);
        }
    }

    /** The next page to read, or null when the call ends. */
    private TwimlPage read(CallSession call, TwimlPage page) {
        for (Element verb : page.twiml().verbs()) {
            TwimlPage next =
                    switch (verb.getTagName()) {
                        case "Say", "Play" -> hear(call, verb);
                        case "Gather" -> gather(call, page, verb);
                        case "Record" -> record(call, page, verb);
                        case "Dial" -> dial(call, page, verb);
                        case "Redirect" -> call.fetch(method(verb), page.resolve(verb.getTextContent()), Map.of());
                        case "Hangup", "Reject" -> HANG_UP;
                        default -> null;
                    };
            if (next != null) {
                return next.twiml().verbs().isEmpty() && next.url() == null ? null : next;
            }
        }
        return null;
    }

    private TwimlPage hear(CallSession call, Element verb) {
        String text = verb.getTextContent().strip();
        call.heard("Play".equals(verb.getTagName()) ? "[audio] " + text : text);
        return null;
    }

    private TwimlPage gather(CallSession call, TwimlPage page, Element verb) {
        Twiml.children(verb).stream()
                .filter(child ->
                        child.getTagName().equals("Say") || child.getTagName().equals("Play"))
                .forEach(child -> hear(call, child));
        if (call.script() != null) {
            return scripted(call, page, verb, CallInputs.Input.KEYPAD);
        }
        PendingInput pending = inputs.open(call.phone(), CallInputs.Input.KEYPAD);
        try {
            if (!call.machine()) {
                autoAnswer.onGather(pending::offer);
            }
            return pending.await(timeout(verb))
                    .map(keys -> answer(pending, () -> pressed(call, page, verb, keys)))
                    .orElseGet(() -> silent(call));
        } finally {
            inputs.close(call.phone(), pending);
        }
    }

    private TwimlPage record(CallSession call, TwimlPage page, Element verb) {
        if (call.script() != null) {
            return scripted(call, page, verb, CallInputs.Input.RECORDING);
        }
        PendingInput pending = inputs.open(call.phone(), CallInputs.Input.RECORDING);
        try {
            return pending.await(timeout(verb))
                    .map(words -> answer(pending, () -> recordVerb.recorded(call, page, verb, words)))
                    .orElseGet(() -> silent(call));
        } finally {
            inputs.close(call.phone(), pending);
        }
    }

    /**
     * A {@code <Dial>} into a {@code <Conference>}: the call joins it and stays until the caller hangs up (a
     * scripted caller whose next step is {@code hangUp} leaves at once; one with nothing more to do stays on, and
     * the scripted call returns). Dialling a number is not simulated: noted, and the call reads on.
     */
    private TwimlPage dial(CallSession call, TwimlPage page, Element verb) {
        Element conference = Twiml.children(verb).stream()
                .filter(child -> child.getTagName().equals("Conference"))
                .findFirst()
                .orElse(null);
        if (conference == null) {
            call.did("dialled " + verb.getTextContent().strip() + " (not simulated)");
            return null;
        }
        String name = conference.getTextContent().strip();
        call.did("joined conference " + name);
        Conferences.Seat seat = conferences.join(call, name, callbacks(page, conference));
        if (call.script() != null && call.script().next().action() == CallScript.Action.HANG_UP) {
            conferences.hangUp(call.sid());
            return HANG_UP;
        }
        call.holding();
        try {
            seat.stay();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conferences.hangUp(call.sid());
        }
        return HANG_UP;
    }

    private static ConferenceCallbacks callbacks(TwimlPage page, Element conference) {
        String url = conference.getAttribute("statusCallback");
        if (url.isBlank()) {
            return ConferenceCallbacks.none();
        }
        String events = conference.getAttribute("statusCallbackEvent");
        return new ConferenceCallbacks(
                page.resolve(url),
                method(conference, "statusCallbackMethod"),
                java.util.List.of((events.isBlank() ? "start end" : events.strip()).split("[\\s,]+")));
    }

    /** The next step of a scripted caller at a Gather (keys) or a Record (words). */
    private TwimlPage scripted(CallSession call, TwimlPage page, Element verb, CallInputs.Input waitingFor) {
        CallScript.Step step = call.script().next();
        boolean atGather = waitingFor == CallInputs.Input.KEYPAD;
        return switch (step.action()) {
            case HANG_UP -> hangUp(call, "hung up");
            case SILENCE -> silent(call);
            case PRESS ->
                atGather
                        ? pressed(call, page, verb, step.value())
                        : hangUp(call, "hung up: the script pressed keys but the call waited at <Record>");
            case SAY ->
                atGather
                        ? hangUp(call, "hung up: the script spoke but the call waited at <Gather>")
                        : recordVerb.recorded(call, page, verb, step.value());
        };
    }

    private TwimlPage pressed(CallSession call, TwimlPage page, Element verb, String keys) {
        String digits = digits(verb, keys);
        call.did("pressed " + digits);
        return post(call, page, verb, Map.of("Digits", digits));
    }

    private static TwimlPage silent(CallSession call) {
        call.did("(no input)");
        return null;
    }

    private static TwimlPage hangUp(CallSession call, String what) {
        call.did(what);
        return HANG_UP;
    }

    /** Posts the input to the verb's action; null (the next verb) when it has none. */
    static TwimlPage post(CallSession call, TwimlPage page, Element verb, Map<String, String> input) {
        String action = page.resolve(verb.getAttribute("action"));
        return action == null ? null : call.fetch(method(verb), action, input);
    }

    /** Runs {@code posting} and hands the application's answer to whoever gave the input. */
    private static TwimlPage answer(PendingInput pending, java.util.function.Supplier<TwimlPage> posting) {
        try {
            TwimlPage next = posting.get();
            pending.answered(next == null || next.result() == null ? new WebhookResult(204, "") : next.result());
            return next;
        } catch (RuntimeException e) {
            pending.failed(e);
            throw e;
        }
    }

    private Duration timeout(Element verb) {
        String seconds = verb.getAttribute("timeout");
        Duration asked = Duration.ofSeconds(seconds.isBlank() ? 5 : Long.parseLong(seconds.strip()));
        return asked.compareTo(inputTimeoutCap) > 0 ? inputTimeoutCap : asked;
    }

    private static String digits(Element verb, String pressed) {
        String finishOnKey = verb.hasAttribute("finishOnKey") ? verb.getAttribute("finishOnKey") : "#";
        int end = finishOnKey.isEmpty() ? -1 : pressed.indexOf(finishOnKey);
        String digits = end < 0 ? pressed : pressed.substring(0, end);
        String numDigits = verb.getAttribute("numDigits");
        int limit = numDigits.isBlank() ? Integer.MAX_VALUE : Integer.parseInt(numDigits.strip());
        return digits.length() > limit ? digits.substring(0, limit) : digits;
    }

    static String method(Element verb) {
        return method(verb, "method");
    }

    static String method(Element verb, String attribute) {
        return Objects.requireNonNullElse(verb.getAttribute(attribute), "").isBlank()
                ? "POST"
                : verb.getAttribute(attribute).strip();
    }
}
