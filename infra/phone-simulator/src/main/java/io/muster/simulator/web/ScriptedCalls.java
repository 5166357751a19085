package io.muster.simulator.web;

import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /sim/phones/{number}/dial}: a scripted caller, e.g.
 * {@code {"to":"+15550000100","script":[{"press":"1"},{"say":"I am fine"},{"silence":true},{"hangUp":true}]}},
 * answered with the call's transcript once it has ended.
 */
final class ScriptedCalls {

    private static final int MAX_STEPS = 50;

    private ScriptedCalls() {}

    static Object dial(PhoneSimulator sim, String from, JsonNode body) {
        String to = Fields.phoneNumber(Fields.required(body, "to"));
        return json(sim.dial(from, to, script(body.path("script"))));
    }

    static Object transcript(PhoneSimulator sim, String callSid) {
        return sim.transcript(callSid)
                .map(ScriptedCalls::json)
                .orElseThrow(() -> new IllegalArgumentException("no recent call " + callSid.replaceAll("\\W", "?")));
    }

    private static CallScript script(JsonNode steps) {
        if (!steps.isMissingNode() && !steps.isArray()) {
            throw new IllegalArgumentException("'script' must be an array of steps");
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("at most " + MAX_STEPS + " steps");
        }
        List<CallScript.Step> parsed = new ArrayList<>();
        for (JsonNode step : steps) {
            parsed.add(step(step));
        }
        return new CallScript(parsed);
    }

    private static CallScript.Step step(JsonNode step) {
        if (Fields.optional(step, "press") != null) {
            return CallScript.Step.press(Fields.optional(step, "press").strip());
        }
        if (Fields.optional(step, "say") != null) {
            return CallScript.Step.say(Fields.optional(step, "say"));
        }
        if (Fields.flag(step, "silence")) {
            return CallScript.Step.silence();
        }
        if (Fields.flag(step, "hangUp")) {
            return CallScript.Step.hangUp();
        }
        throw new IllegalArgumentException(
                "a step is {\"press\":\"1\"}, {\"say\":\"...\"}, {\"silence\":true} " + "or {\"hangUp\":true}");
    }

    private static Map<String, Object> json(CallTranscript transcript) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callSid", transcript.callSid());
        json.put("from", transcript.from());
        json.put("to", transcript.to());
        json.put("status", transcript.status());
        json.put(
                "transcript",
                transcript.lines().stream()
                        .map(line -> Map.of(
                                "at", line.at().toString(),
                                "speaker", line.speaker().name(),
                                "text", line.text()))
                        .toList());
        return json;
    }
}
