package io.muster.simulator.voice;

import io.muster.simulator.twilio.TwilioDates;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 2010-04-01 Call representation, with every field twilio-java reads. */
final class CallJson {

    private CallJson() {}

    static Map<String, Object> of(VoiceCall call) {
        String uri = "/2010-04-01/Accounts/" + call.accountSid() + "/Calls/" + call.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", call.accountSid());
        json.put("answered_by", call.answeredBy());
        json.put("api_version", "2010-04-01");
        json.put("caller_name", null);
        json.put("date_created", TwilioDates.format(call.created()));
        json.put("date_updated", TwilioDates.format(call.updated()));
        json.put("direction", call.direction());
        json.put("duration", call.endTime() == null ? null : String.valueOf(call.durationSeconds()));
        json.put("end_time", TwilioDates.format(call.endTime()));
        json.put("forwarded_from", null);
        json.put("from", call.from());
        json.put("from_formatted", call.from());
        json.put("group_sid", null);
        json.put("parent_call_sid", null);
        json.put("phone_number_sid", null);
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("queue_time", "0");
        json.put("sid", call.sid());
        json.put("start_time", TwilioDates.format(call.startTime()));
        json.put("status", call.status());
        json.put("subresource_uris", Map.of("recordings", uri + "/Recordings.json", "events", uri + "/Events.json"));
        json.put("to", call.to());
        json.put("to_formatted", call.to());
        json.put("trunk_sid", null);
        json.put("uri", uri + ".json");
        return json;
    }
}
