package io.muster.simulator.voice;

import io.muster.simulator.phone.AutoAnswer;
import io.muster.simulator.twilio.Twiml;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * Reads TwiML to the phone like Twilio: {@code <Say>} and {@code <Play>} land in its inbox, {@code <Gather>}
 * and {@code <Record>} wait for it, {@code <Redirect>} and actions move to new TwiML, {@code <Hangup>} ends.
 * {@code <Pause>} is not waited out, to keep drills and tests fast.
 */
final class TwimlInterpreter {

    private static final int MAX_PAGES = 50;

    private final CallInputs inputs;
    private final AutoAnswer autoAnswer;
    private final Recordings recordings;
    private final Duration inputTimeoutCap;
    private final String recordingsUrl;

    TwimlInterpreter(
            CallInputs inputs,
            AutoAnswer autoAnswer,
            Recordings recordings,
            Duration inputTimeoutCap,
            String recordingsUrl) {
        this.inputs = inputs;
        this.autoAnswer = autoAnswer;
        this.recordings = recordings;
        this.inputTimeoutCap = inputTimeoutCap;
        this.recordingsUrl = recordingsUrl;
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
                        case "Redirect" -> call.fetch(method(verb), page.resolve(verb.getTextContent()), Map.of());
                        case "Hangup", "Reject" -> TwimlPage.inline(null);
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
        PendingInput pending = inputs.open(call.phone(), CallInputs.Input.KEYPAD);
        try {
            if (!call.machine()) {
                autoAnswer.onGather(pending::offer);
            }
            return pending.await(timeout(verb))
                    .map(digits -> answer(call, page, verb, pending, Map.of("Digits", digits(verb, digits))))
                    .orElse(null);
        } finally {
            inputs.close(call.phone(), pending);
        }
    }

    private TwimlPage record(CallSession call, TwimlPage page, Element verb) {
        PendingInput pending = inputs.open(call.phone(), CallInputs.Input.RECORDING);
        try {
            return pending.await(timeout(verb))
                    .map(recordings::add)
                    .map(recording -> answer(
                            call,
                            page,
                            verb,
                            pending,
                            Map.of(
                                    "RecordingUrl", recordingsUrl + recording.sid(),
                                    "RecordingSid", recording.sid(),
                                    "RecordingDuration", String.valueOf(recording.seconds()))))
                    .orElse(null);
        } finally {
            inputs.close(call.phone(), pending);
        }
    }

    /** Posts the input to the verb's action and hands the answer to whoever gave the input. */
    private TwimlPage answer(
            CallSession call, TwimlPage page, Element verb, PendingInput pending, Map<String, String> input) {
        String action = page.resolve(verb.getAttribute("action"));
        if (action == null) {
            pending.answered(new io.muster.simulator.WebhookResult(204, ""));
            return null;
        }
        try {
            TwimlPage next = call.fetch(method(verb), action, input);
            pending.answered(next.result());
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

    private static String method(Element verb) {
        return Objects.requireNonNullElse(verb.getAttribute("method"), "").isBlank()
                ? "POST"
                : verb.getAttribute("method");
    }
}
