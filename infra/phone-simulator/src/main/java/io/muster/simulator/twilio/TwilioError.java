package io.muster.simulator.twilio;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Twilio REST error: twilio-java turns its JSON into an ApiException with this code and status. */
public record TwilioError(int status, int code, String message) {

    public static TwilioError authenticate() {
        return new TwilioError(401, 20003, "Authenticate");
    }

    public static TwilioError notFound(String path) {
        return new TwilioError(404, 20404, "The requested resource " + path + " was not found");
    }

    public static TwilioError invalidTo(String number) {
        return new TwilioError(400, 21211, "Invalid 'To' Phone Number: " + PhoneNumbers.mask(number));
    }

    public static TwilioError missing(int code, String parameter) {
        return new TwilioError(400, code, "A '" + parameter + "' parameter is required.");
    }

    /** The error an injected fault answers with. */
    public static TwilioError injected(int status) {
        return switch (status) {
            case 400 -> new TwilioError(400, 21211, "Invalid 'To' Phone Number (injected fault)");
            case 429 -> new TwilioError(429, 20429, "Too Many Requests");
            case 500 -> new TwilioError(500, 20500, "Internal Server Error");
            case 503 -> new TwilioError(503, 20503, "Service Unavailable");
            default -> new TwilioError(status, 20000 + status, "Injected fault");
        };
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        json.put("status", status);
        return json;
    }
}
