package io.muster.simulator;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator on its own: {@code --port=8090 --account=SID:TOKEN (repeatable) --sms-webhook-url=...
 * --voice-webhook-url=... [--incoming-number=NUMBER=VOICE_URL (repeatable)] [--host=127.0.0.1] [--input-timeout-cap-seconds=60]
 * [--sms-status-callbacks=false] [--webhook-retries=false] [--webhook-defaults=rc=1&rp=ct]}.
 */
public final class PhoneSimulatorApplication {

    private static final Logger log = LoggerFactory.getLogger(PhoneSimulatorApplication.class);

    private PhoneSimulatorApplication() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings;
        try {
            settings = settings(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --port=8090 --account=SID:TOKEN [--account=SID:TOKEN] "
                    + "[--sms-webhook-url=URL] [--voice-webhook-url=URL] [--incoming-number=NUMBER=URL] [--host=127.0.0.1] "
                    + "[--input-timeout-cap-seconds=60] [--sms-status-callbacks=false] [--webhook-retries=false] "
                    + "[--webhook-defaults=rc=1&rp=ct]");
            System.exit(2);
            return;
        }
        PhoneSimulator simulator = PhoneSimulator.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        log.info(
                "Phone simulator listening on {} for accounts {}",
                simulator.baseUrl(),
                settings.accounts().stream().map(Account::sid).toList());
        stopped.await();
    }

    static SimulatorSettings settings(String... args) {
        SimulatorSettings.Builder builder = SimulatorSettings.builder().port(8090);
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2 || option[1].isBlank()) {
                throw new IllegalArgumentException("expected --name=value, got " + arg.replaceAll(":.*", ":***"));
            }
            String value = option[1].strip();
            switch (option[0]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--host" -> builder.host(value);
                case "--account" -> account(builder, value);
                case "--sms-webhook-url" -> builder.smsWebhookUrl(value);
                case "--voice-webhook-url" -> builder.voiceWebhookUrl(value);
                case "--incoming-number" -> incomingNumber(builder, value);
                case "--sms-status-callbacks" -> builder.smsStatusCallbacks(Boolean.parseBoolean(value));
                case "--webhook-retries" -> builder.webhookRetries(Boolean.parseBoolean(value));
                case "--webhook-defaults" -> builder.webhookDefaults(value);
                case "--input-timeout-cap-seconds" ->
                    builder.inputTimeoutCap(java.time.Duration.ofSeconds(Long.parseLong(value)));
                default -> throw new IllegalArgumentException("unknown option " + option[0]);
            }
        }
        return builder.build();
    }

    /** {@code --incoming-number=+15550000100=http://127.0.0.1:8082/webhooks/twilio/voice/inbound} */
    private static void incomingNumber(SimulatorSettings.Builder builder, String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new IllegalArgumentException("--incoming-number must be NUMBER=VOICE_URL");
        }
        builder.incomingNumber(
                value.substring(0, equals).strip(), value.substring(equals + 1).strip());
    }

    private static void account(SimulatorSettings.Builder builder, String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--account must be SID:TOKEN");
        }
        builder.account(value.substring(0, colon), value.substring(colon + 1));
    }
}
