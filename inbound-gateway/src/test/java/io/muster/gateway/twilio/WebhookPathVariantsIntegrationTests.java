package io.muster.gateway.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.TwilioSigner;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every webhook route, written every way a router might still serve it (percent-encoded, double-encoded,
 * case-changed, trailing slash, path parameters, repeated slashes, dot segments): without a valid signature no
 * handler is ever reached, nothing is stored, and the answer is a problem, never TwiML and never a 5xx.
 */
class WebhookPathVariantsIntegrationTests extends GatewayIntegrationTest {

    private static final UUID SOMEONE = UUID.randomUUID();
    private static final UUID INCIDENT = UUID.randomUUID();

    /** Every webhook the gateway serves, with the query string Twilio calls it with. */
    static final List<String> ROUTES = List.of(
            "/webhooks/twilio/sms/inbound",
            "/webhooks/twilio/sms/status?notificationId=" + UUID.randomUUID() + "&channel=SMS&attempt=1",
            "/webhooks/twilio/voice/status?notificationId=" + UUID.randomUUID() + "&channel=VOICE&attempt=1",
            "/webhooks/twilio/voice/twiml?token=abc",
            "/webhooks/twilio/voice/gather?token=abc",
            "/webhooks/twilio/voice/inbound",
            "/webhooks/twilio/hotline/identify?attempt=1",
            "/webhooks/twilio/hotline/verify?person=" + SOMEONE + "&attempt=1",
            "/webhooks/twilio/hotline/choose?person=" + SOMEONE,
            "/webhooks/twilio/hotline/menu?person=" + SOMEONE + "&incident=" + INCIDENT,
            "/webhooks/twilio/hotline/recorded",
            "/webhooks/twilio/hotline/recording-status?person=" + SOMEONE + "&incident=" + INCIDENT);

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private DatabaseClient db;

    static Stream<String> variants() {
        return ROUTES.stream().flatMap(route -> PathVariants.of(route).stream());
    }

    @ParameterizedTest
    @MethodSource("variants")
    void anUnsignedWebhookReachesNoHandlerHoweverItsPathIsWritten(String pathAndQuery) throws Exception {
        String callSid = newCallSid();
        String messageSid = newMessageSid();

        HttpResponse<String> response = send(pathAndQuery, form(callSid, messageSid), null);

        assertRefused(pathAndQuery, response);
        assertNothingStored(callSid, messageSid);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void aSignatureOverTheVariantDoesNotMakeItAWebhook(String pathAndQuery) throws Exception {
        String callSid = newCallSid();
        String messageSid = newMessageSid();
        Map<String, String> form = form(callSid, messageSid);

        HttpResponse<String> response =
                send(pathAndQuery, form, TwilioSigner.signature(BASE_URL + pathAndQuery, form, TOKEN));

        assertRefused(pathAndQuery, response);
        assertNothingStored(callSid, messageSid);
    }

    @Test
    void thePlainPathStillNeedsItsSignature() throws Exception {
        String callSid = newCallSid();

        HttpResponse<String> response =
                send("/webhooks/twilio/hotline/identify?attempt=1", form(callSid, newMessageSid()), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingStored(callSid, "none");
    }

    private void assertRefused(String pathAndQuery, HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("status of %s", pathAndQuery)
                .isBetween(400, 499)
                .isNotIn(401);
        assertThat(response.body()).as("body of %s", pathAndQuery).doesNotContain("<Response");
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("content type of %s", pathAndQuery)
                .startsWith("application/problem+json");
    }

    private void assertNothingStored(String callSid, String messageSid) {
        Long calls = db.sql("select count(*) as n from hotline_calls where call_sid = :sid")
                .bind("sid", callSid)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        Long logged = db.sql("select count(*) as n from inbound_log where provider_reference like :sid"
                        + " or provider_reference like :call")
                .bind("sid", messageSid + "%")
                .bind("call", callSid + "%")
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        assertThat(calls).isZero();
        assertThat(logged).isZero();
    }

    private HttpResponse<String> send(String pathAndQuery, Map<String, String> form, String signature)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String callSid, String messageSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", callSid);
        form.put("MessageSid", messageSid);
        form.put("From", "+15550100001");
        form.put("To", "+15550000100");
        form.put("Digits", "1");
        form.put("Body", "1");
        form.put("MessageStatus", "delivered");
        form.put("CallStatus", "completed");
        form.put("RecordingSid", "RE" + UUID.randomUUID().toString().replace("-", ""));
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1");
        form.put("RecordingStatus", "completed");
        return form;
    }

    private static String newCallSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The ways one route's path can be written so that a lenient router might still serve it. */
    static final class PathVariants {

        private PathVariants() {}

        static List<String> of(String route) {
            int q = route.indexOf('?');
            String path = q < 0 ? route : route.substring(0, q);
            String query = q < 0 ? "" : route.substring(q);
            List<String> segments = List.of(path.substring(1).split("/"));
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                paths.add(replace(
                        segments,
                        i,
                        hex(segments.get(i).charAt(0)) + segments.get(i).substring(1)));
                paths.add(replace(
                        segments,
                        i,
                        "%25" + hex(segments.get(i).charAt(0)).substring(1)
                                + segments.get(i).substring(1)));
                paths.add(replace(segments, i, capitalised(segments.get(i))));
                paths.add(replace(segments, i, segments.get(i) + ";x=1"));
            }
            paths.add(path.toUpperCase(Locale.ROOT));
            paths.add(path + "/");
            paths.add(path + "//");
            paths.add(path.replaceFirst("/twilio/", "//twilio/"));
            paths.add(path.replaceFirst("/twilio/", "/./twilio/"));
            paths.add(path.replaceFirst("/twilio/", "/x/../twilio/"));
            paths.add(path.replaceFirst("/twilio/", "%2Ftwilio%2F"));
            paths.add(path.chars().mapToObj(c -> c == '/' ? "/" : hex((char) c)).collect(Collectors.joining()));
            return paths.stream().map(p -> p + query).toList();
        }

        private static String replace(List<String> segments, int index, String segment) {
            List<String> copy = new ArrayList<>(segments);
            copy.set(index, segment);
            return "/" + String.join("/", copy);
        }

        private static String hex(char c) {
            return String.format("%%%02X", (int) c);
        }

        private static String capitalised(String segment) {
            return Character.toUpperCase(segment.charAt(0)) + segment.substring(1);
        }
    }
}
