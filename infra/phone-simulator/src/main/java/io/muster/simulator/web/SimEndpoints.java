package io.muster.simulator.web;

import io.muster.simulator.AutoAnswerPolicy;
import io.muster.simulator.CallOutcome;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.Resource;
import io.muster.simulator.WebhookResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The endpoints of {@code /sim}, each a thin layer over the simulator's Java API. */
public final class SimEndpoints {

    private static final String PHONE = "/sim/phones/([^/]+)";

    private SimEndpoints() {}

    public static List<SimRoute> of(PhoneSimulator sim) {
        return List.of(
                SimRoute.of("GET", "/sim/phones/?", (path, body) -> sim.phones()),
                SimRoute.of("DELETE", "/sim/phones/?", (path, body) -> reset(sim)),
                SimRoute.of("GET", PHONE + "/messages", (path, body) -> sim.inbox(phone(path.group(1)))),
                SimRoute.of("GET", PHONE + "/sent", (path, body) -> sim.sent(phone(path.group(1)))),
                SimRoute.of("POST", PHONE + "/sms", (path, body) -> sms(sim, phone(path.group(1)), body)),
                SimRoute.of(
                        "POST",
                        PHONE + "/keypad",
                        (path, body) -> result(sim.pressKeys(phone(path.group(1)), Fields.required(body, "digits")))),
                SimRoute.of(
                        "POST",
                        PHONE + "/record",
                        (path, body) -> result(sim.record(phone(path.group(1)), Fields.required(body, "text")))),
                SimRoute.of(
                        "POST",
                        PHONE + "/call",
                        (path, body) -> result(
                                sim.call(phone(path.group(1)), Fields.phoneNumber(Fields.required(body, "to"))))),
                SimRoute.of(
                        "POST", PHONE + "/dial", (path, body) -> ScriptedCalls.dial(sim, phone(path.group(1)), body)),
                SimRoute.of(
                        "GET",
                        "/sim/calls/(CA[0-9a-f]{32})/transcript",
                        (path, body) -> ScriptedCalls.transcript(sim, path.group(1))),
                SimRoute.of("GET", "/sim/conferences/?", (path, body) -> sim.conferences()),
                SimRoute.of(
                        "GET", "/sim/conferences/([A-Za-z0-9_.-]{1,128})", (path, body) -> sim.conference(path.group(1))
                                .orElseThrow(() -> new IllegalArgumentException("no conference " + path.group(1)))),
                SimRoute.of(
                        "POST",
                        "/sim/calls/(CA[0-9a-f]{32})/hang-up",
                        (path, body) -> Map.of("left", sim.hangUp(path.group(1)))),
                SimRoute.of("GET", "/sim/auto-answer", (path, body) -> json(sim.autoAnswerPolicy())),
                SimRoute.of("PUT", "/sim/auto-answer", (path, body) -> autoAnswer(sim, body)),
                SimRoute.of("POST", "/sim/faults", (path, body) -> fault(sim, body)),
                SimRoute.of("DELETE", "/sim/faults", (path, body) -> {
                    sim.faults().clear();
                    return null;
                }),
                SimRoute.of("PUT", "/sim/numbers/([^/]+)", (path, body) -> number(sim, phone(path.group(1)), body)),
                SimRoute.of("DELETE", "/sim/numbers/([^/]+)", (path, body) -> {
                    sim.numbers().reset(phone(path.group(1)));
                    return null;
                }),
                SimRoute.of("GET", "/sim/webhooks/failed", (path, body) -> sim.failedWebhooks()),
                SimRoute.of("GET", "/sim/stats", (path, body) -> sim.stats()));
    }

    private static Object reset(PhoneSimulator sim) {
        sim.reset();
        return null;
    }

    private static Object sms(PhoneSimulator sim, String phone, JsonNode body) {
        String text = Fields.required(body, "body");
        String to = Fields.optional(body, "to");
        return result(to == null ? sim.replySms(phone, text) : sim.sendSms(phone, Fields.phoneNumber(to), text));
    }

    private static Object autoAnswer(PhoneSimulator sim, JsonNode body) {
        AutoAnswerPolicy policy = new AutoAnswerPolicy(
                Fields.flag(body, "enabled"),
                Fields.optional(body, "smsReply"),
                Fields.optional(body, "keypad"),
                body.path("share").asDouble(1.0),
                Duration.ofMillis(Fields.number(body, "minDelayMs", 200)),
                Duration.ofMillis(Fields.number(body, "maxDelayMs", 2000)));
        sim.autoAnswer(policy);
        return json(policy);
    }

    private static Map<String, Object> json(AutoAnswerPolicy policy) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("enabled", policy.enabled());
        json.put("smsReply", policy.smsReply());
        json.put("keypad", policy.keypad());
        json.put("share", policy.share());
        json.put("minDelayMs", policy.minDelay().toMillis());
        json.put("maxDelayMs", policy.maxDelay().toMillis());
        return json;
    }

    private static Object fault(PhoneSimulator sim, JsonNode body) {
        Resource resource = Fields.choice(Resource.class, "resource", Fields.required(body, "resource"));
        long delay = Fields.number(body, "delayMs", -1);
        if (delay >= 0) {
            sim.faults().delay(resource, Duration.ofMillis(delay));
        }
        long status = Fields.number(body, "status", 0);
        if (status != 0) {
            sim.faults().failNext(resource, (int) status, (int) Fields.number(body, "count", 1));
        }
        if (delay < 0 && status == 0) {
            throw new IllegalArgumentException("give 'status' (with 'count') or 'delayMs'");
        }
        return null;
    }

    private static Object number(PhoneSimulator sim, String number, JsonNode body) {
        sim.numbers().reset(number);
        if (Fields.flag(body, "undeliverable")) {
            sim.numbers().undeliverable(number);
        }
        if (Fields.flag(body, "invalid")) {
            sim.numbers().invalid(number);
        }
        String outcome = Fields.optional(body, "callOutcome");
        if (outcome != null) {
            sim.numbers().callOutcome(number, Fields.choice(CallOutcome.class, "callOutcome", outcome));
        }
        return Map.of(
                "number", number,
                "undeliverable", sim.numbers().isUndeliverable(number),
                "invalid", sim.numbers().isInvalid(number),
                "callOutcome", sim.numbers().callOutcomeOf(number));
    }

    private static String phone(String raw) {
        return Fields.phoneNumber(raw);
    }

    private static Map<String, Object> result(WebhookResult result) {
        return Map.of("status", result.status(), "body", result.body());
    }
}
