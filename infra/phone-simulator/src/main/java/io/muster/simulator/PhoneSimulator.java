package io.muster.simulator;

import com.sun.net.httpserver.HttpServer;
import io.muster.simulator.phone.AutoAnswer;
import io.muster.simulator.phone.Phones;
import io.muster.simulator.rest.Credentials;
import io.muster.simulator.rest.TwilioRestHandler;
import io.muster.simulator.sms.InboundSms;
import io.muster.simulator.sms.Messages;
import io.muster.simulator.sms.MessagesApi;
import io.muster.simulator.sms.SmsDelivery;
import io.muster.simulator.twilio.Webhooks;
import io.muster.simulator.voice.CallInputs;
import io.muster.simulator.voice.CallRunner;
import io.muster.simulator.voice.Calls;
import io.muster.simulator.voice.CallsApi;
import io.muster.simulator.voice.Conferences;
import io.muster.simulator.voice.Recordings;
import io.muster.simulator.voice.RecordingsResource;
import io.muster.simulator.voice.Transcripts;
import io.muster.simulator.web.PhonePage;
import io.muster.simulator.web.RecordingHandler;
import io.muster.simulator.web.SimApiHandler;
import io.muster.simulator.web.SimEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running Twilio-compatible simulator: the REST API twilio-java calls, an inbox per phone, signed webhooks
 * back to the application, and the controls tests and people use to act as the phones.
 */
public final class PhoneSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Faults faults = new Faults();
    private final Numbers numbers = new Numbers();
    private final Phones phones = new Phones();
    private final Webhooks webhooks;
    private final AutoAnswer autoAnswer = new AutoAnswer(workers);
    private final CallInputs callInputs = new CallInputs();
    private final Recordings recordings = new Recordings();
    private final Conferences conferences = new Conferences();
    private final Transcripts transcripts;
    private final Messages messages;
    private final Calls calls;
    private final InboundSms inboundSms;
    private final CallRunner callRunner;
    private final TwilioRestHandler rest;
    private final HttpServer server;

    private PhoneSimulator(SimulatorSettings settings) throws IOException {
        this.settings = settings;
        this.webhooks = new Webhooks(workers, settings.webhookDefaults(), settings.webhookRetries());
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 1024);
        this.messages = new Messages(settings.keptResources());
        this.calls = new Calls(settings.keptResources());
        this.transcripts = new Transcripts(settings.keptResources());
        this.inboundSms = new InboundSms(settings.smsWebhookUrl(), settings.primaryAccount(), phones, webhooks);
        SmsDelivery delivery = new SmsDelivery(
                messages, phones, numbers, webhooks, autoAnswer, inboundSms, workers, settings.smsStatusCallbacks());
        MessagesApi messagesApi = new MessagesApi(messages, delivery, numbers, settings.messagingServiceNumber());
        this.callRunner = new CallRunner(
                calls,
                numbers,
                phones,
                webhooks,
                workers,
                callInputs,
                autoAnswer,
                recordings,
                conferences,
                settings.inputTimeoutCap(),
                baseUrl(),
                transcripts);
        CallsApi callsApi = new CallsApi(calls, callRunner, numbers);
        this.rest = new TwilioRestHandler(
                new Credentials(settings.accounts()),
                faults,
                Map.of(Resource.MESSAGES, messagesApi, Resource.CALLS, callsApi));
        server.setExecutor(workers);
        RecordingsResource recordingMedia = new RecordingsResource(recordings);
        server.createContext(
                "/2010-04-01/",
                exchange -> (RecordingsResource.serves(exchange.getRequestURI().getPath()) ? recordingMedia : rest)
                        .handle(exchange));
        server.createContext(RecordingHandler.PATH, new RecordingHandler(recordings));
        server.createContext("/sim/", new SimApiHandler(SimEndpoints.of(this)));
        server.createContext("/", new PhonePage(this));
    }

    public static PhoneSimulator start(SimulatorSettings settings) {
        ServerTuning.apply();
        try {
            PhoneSimulator simulator = new PhoneSimulator(settings);
            simulator.server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the phone simulator could not listen on port " + settings.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** For example {@code http://127.0.0.1:8090}. */
    public String baseUrl() {
        String host = "0.0.0.0".equals(settings.host()) ? "127.0.0.1" : settings.host();
        return "http://" + host + ":" + port();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** What reached the phone (oldest first, at most the last 200 entries). */
    public List<PhoneMessage> inbox(String number) {
        return phones.inbox(number);
    }

    /** The SMS the phone sent to the application (oldest first, its last 200), each with how it was taken. */
    public List<SentSms> sent(String number) {
        return phones.sent(number);
    }

    /** Webhooks the application never took after every try the retry policy allowed (oldest first). */
    public List<FailedWebhook> failedWebhooks() {
        return webhooks.failures();
    }

    public List<PhoneSummary> phones() {
        return phones.summaries();
    }

    /**
     * The phone answers the number that last texted it: a signed inbound-SMS webhook; a {@code <Message>} in
     * the TwiML answer lands in the phone's inbox.
     *
     * @throws IllegalStateException if nobody texted the phone yet or no SMS webhook URL is configured
     * @throws UncheckedIOException if the application cannot be reached
     */
    public WebhookResult replySms(String number, String body) {
        return inboundSms.reply(number, body);
    }

    /** The phone texts {@code to} (e.g. a hotline number) without having been texted first. */
    public WebhookResult sendSms(String from, String to, String body) {
        return inboundSms.text(from, to, body);
    }

    /**
     * Presses keys on the phone's call waiting in a {@code <Gather>} (waiting a few seconds for one to get
     * there) and returns what the Gather action answered.
     *
     * @throws IllegalStateException if no call on the phone waits for keys
     */
    public WebhookResult pressKeys(String number, String digits) {
        return callInputs.provide(number, CallInputs.Input.KEYPAD, digits, settings.inputWait());
    }

    /**
     * Speaks {@code text} into the phone's call waiting in a {@code <Record>}; the Record action receives a
     * RecordingUrl the simulator serves as a short WAV.
     */
    public WebhookResult record(String number, String text) {
        return callInputs.provide(number, CallInputs.Input.RECORDING, text, settings.inputWait());
    }

    /**
     * The phone {@code from} calls {@code to} (e.g. a hotline): the voice webhook is fetched with
     * Direction=inbound and its TwiML is read to the phone; returns the webhook's first answer.
     */
    public WebhookResult call(String from, String to) {
        return callRunner.inbound(settings.voiceUrlFor(to), settings.primaryAccount(), from, to);
    }

    /**
     * A scripted caller on {@code from} calls {@code to} (e.g. a hotline: its voice URL from the settings'
     * incoming numbers) and follows {@code script}; returns the transcript once the call has ended (waiting at
     * most {@code inputWait} per step plus 30 s).
     */
    public CallTranscript dial(String from, String to, CallScript script) {
        Duration limit =
                settings.inputWait().multipliedBy(script.steps().size() + 1L).plusSeconds(30);
        return callRunner.scripted(settings.voiceUrlFor(to), settings.primaryAccount(), from, to, script, limit);
    }

    /** What was said on a recent call (by call sid), inbound or outbound. */
    public Optional<CallTranscript> transcript(String callSid) {
        return callRunner.transcript(callSid);
    }

    /** Every conference calls joined ({@code <Dial><Conference>}), ended ones included. */
    public List<SimConference> conferences() {
        return conferences.all();
    }

    /** The latest conference of that name, with who joined and left when. */
    public Optional<SimConference> conference(String friendlyName) {
        return conferences.byName(friendlyName);
    }

    /**
     * The caller on this call hangs up while on a conference: they leave it (participant-leave, and
     * conference-end after the last one) and the call completes; false when the call is on no conference.
     */
    public boolean hangUp(String callSid) {
        return conferences.hangUp(callSid);
    }

    public Faults faults() {
        return faults;
    }

    public Numbers numbers() {
        return numbers;
    }

    public void autoAnswer(AutoAnswerPolicy policy) {
        autoAnswer.use(policy);
    }

    public AutoAnswerPolicy autoAnswerPolicy() {
        return autoAnswer.policy();
    }

    public SimulatorStats stats() {
        return new SimulatorStats(
                messages.createdCount(),
                calls.createdCount(),
                webhooks.sentCount(),
                webhooks.failedCount(),
                webhooks.retriedCount(),
                rest.rejectedCreateCount());
    }

    /** Forgets every phone, message, call, fault and number rule, and zeroes the stats. */
    public void reset() {
        phones.clear();
        messages.clear();
        calls.clear();
        recordings.clear();
        conferences.clear();
        transcripts.clear();
        faults.clear();
        numbers.clear();
        webhooks.resetCounts();
        rest.resetCounts();
    }

    @Override
    public void close() {
        conferences.clear();
        server.stop(0);
        autoAnswer.close();
        workers.shutdownNow();
    }
}
