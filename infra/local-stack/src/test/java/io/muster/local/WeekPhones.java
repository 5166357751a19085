package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.WebhookResult;
import io.muster.simulator.twilio.TwilioSignature;
import io.muster.tokens.AnswerTokenCodec;
import io.muster.tokens.TokenCheck;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cast's phones in the simulator, used as the people would: read the texts and calls they got, text back
 * (and read the text the gateway answers with), press keys on a call, dial the hotline.
 */
final class WeekPhones {

    static final Duration WAIT = Duration.ofSeconds(30);

    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern LINK =
            Pattern.compile("(https?://\\S+/answer/([a-z2-7]{" + AnswerTokenCodec.LENGTH + "}))");
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(\\d+);");

    private final PhoneSimulator simulator;
    private final StackSettings settings;
    private final StackClient client;
    private final AnswerTokenCodec tokens;

    WeekPhones(PhoneSimulator simulator, StackSettings settings, StackClient client) {
        this.simulator = simulator;
        this.settings = settings;
        this.client = client;
        this.tokens = new AnswerTokenCodec(List.of(settings.secrets().answerTokenSecret()));
    }

    /** A text a person received: its words, and the code and answer link it carries (null when it asks nothing). */
    record Sms(String body, @Nullable String code, @Nullable String link, @Nullable UUID notificationId) {}

    /** The first text about {@code title} on the person's phone (the alert: every later one follows it). */
    Sms alert(Member member, String title) {
        return awaitSms(member, body -> body.contains(title), "an alert about " + title);
    }

    /** The first text on the person's phone that starts with {@code start}. */
    Sms awaitSmsStartingWith(Member member, String start) {
        return awaitSms(member, body -> body.startsWith(start), "a text starting with " + start);
    }

    /** The texts about {@code title} the person received so far, oldest first. */
    List<Sms> texts(Member member, String title) {
        return sms(member).stream().filter(s -> s.body().contains(title)).toList();
    }

    private Sms awaitSms(Member member, Predicate<String> matching, String what) {
        await(member.name() + " receives " + what)
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sms(member).stream().anyMatch(s -> matching.test(s.body())));
        return sms(member).stream()
                .filter(s -> matching.test(s.body()))
                .findFirst()
                .orElseThrow();
    }

    private List<Sms> sms(Member member) {
        return simulator.inbox(member.phone()).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.SMS)
                .map(m -> parse(m.body()))
                .toList();
    }

    private Sms parse(String body) {
        Matcher code = CODE.matcher(body);
        Matcher link = LINK.matcher(body);
        if (!link.find()) {
            return new Sms(body, code.find() ? code.group(1) : null, null, null);
        }
        UUID notification =
                switch (tokens.check(link.group(2), Instant.now())) {
                    case TokenCheck.Valid valid -> valid.notificationId();
                    case TokenCheck.Expired expired -> expired.notificationId();
                    case TokenCheck.Invalid invalid -> null;
                };
        return new Sms(body, code.find() ? code.group(1) : null, link.group(1), notification);
    }

    /** The person texts back (to the number that last texted them); returns the text the gateway answered with. */
    String text(Member member, String body) {
        WebhookResult result = simulator.replySms(member.phone(), body);
        assertThat(result.status())
                .as("the gateway's answer to %s's \"%s\": %s", member.name(), body, result.body())
                .isEqualTo(200);
        Matcher message = MESSAGE.matcher(result.body());
        assertThat(message.find()).as("a text back in " + result.body()).isTrue();
        return unescape(message.group(1));
    }

    /**
     * The person texts back and the provider delivers the webhook twice (as Twilio does when it did not get the
     * first answer): one message, one MessageSid, signed as Twilio signs. Returns the two texts the gateway
     * answered with.
     */
    List<String> textDeliveredTwice(Member member, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", settings.secrets().twilioAccountSid());
        params.put("From", member.phone());
        params.put("To", ServiceArguments.SERVICE_NUMBER);
        params.put("Body", body);
        String signature = TwilioSignature.sign(
                settings.secrets().twilioAuthToken(), settings.gatewayUrl() + ReplyLoad.INBOUND, params);
        List<String> texts = new ArrayList<>();
        for (int delivery = 0; delivery < 2; delivery++) {
            HttpResponse<String> answered = client.postWebhook(ReplyLoad.INBOUND, params, signature);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            texts.add(textIn(answered.body()));
        }
        return texts;
    }

    private static String textIn(String twiml) {
        Matcher message = MESSAGE.matcher(twiml);
        assertThat(message.find()).as("a text back in " + twiml).isTrue();
        return unescape(message.group(1));
    }

    /** The TwiML's text content as written (markup characters and references escaped). */
    private static String unescape(String xml) {
        String text =
                CHARACTER_REFERENCE.matcher(xml).replaceAll(r -> Character.toString(Integer.parseInt(r.group(1))));
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Waits until a call about {@code title} rings on the person's phone and reads its words. */
    String awaitCall(Member member, String title) {
        await(member.name() + " is called about " + title)
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !calls(member, title).isEmpty());
        return calls(member, title).getFirst();
    }

    private List<String> calls(Member member, String title) {
        return simulator.inbox(member.phone()).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.VOICE && m.body().contains(title))
                .map(PhoneMessage::body)
                .toList();
    }

    /** Presses keys on the call waiting on the person's phone; returns what the call says next (TwiML). */
    String press(Member member, String digits) {
        WebhookResult result = simulator.pressKeys(member.phone(), digits);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.body();
    }

    /** Someone calls the hotline from {@code from} and follows the script; returns once the call has ended. */
    CallTranscript dialHotline(String from, CallScript script) {
        return simulator.dial(from, ServiceArguments.HOTLINE_NUMBER, script);
    }
}
