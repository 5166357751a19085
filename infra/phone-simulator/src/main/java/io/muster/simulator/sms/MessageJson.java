package io.muster.simulator.sms;

import io.muster.simulator.twilio.TwilioDates;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 2010-04-01 Message representation, with every field twilio-java reads. */
final class MessageJson {

    private MessageJson() {}

    static Map<String, Object> of(SmsMessage message) {
        String uri = "/2010-04-01/Accounts/" + message.accountSid() + "/Messages/" + message.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", message.accountSid());
        json.put("api_version", "2010-04-01");
        json.put("body", message.body());
        json.put("date_created", TwilioDates.format(message.created()));
        json.put("date_sent", TwilioDates.format(message.created()));
        json.put("date_updated", TwilioDates.format(message.updated()));
        json.put("direction", "outbound-api");
        json.put("error_code", message.errorCode());
        json.put("error_message", message.errorCode() == null ? null : "Unreachable destination handset");
        json.put("from", message.from());
        json.put("messaging_service_sid", message.messagingServiceSid());
        json.put("num_media", "0");
        json.put("num_segments", String.valueOf(message.numSegments()));
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", message.sid());
        json.put("status", message.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json", "feedback", uri + "/Feedback.json"));
        json.put("to", message.to());
        json.put("uri", uri + ".json");
        return json;
    }
}
