package io.muster.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole system on loopback, in dependency order, and stops it in reverse: PostgreSQL,
 * a KRaft broker, SMTP/IMAP, the phone simulator, then the three services.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private GreenMail mail;
    private PhoneSimulator simulator;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything or, if any part fails, stops what had started and rethrows. */
    public static LocalStack start(StackSettings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        StaleProcesses pids = new StaleProcesses(settings.dataDirectory());
        pids.stopLeftovers();
        log.info("Starting PostgreSQL on {}", settings.ports().postgres());
        started.push(
                PostgresServer.start(settings.dataDirectory(), settings.ports().postgres()));
        log.info("Starting Kafka (KRaft) on {}", settings.ports().kafka());
        started.push(KafkaBroker.start(settings, pids));
        startMail();
        startSimulator();
        startServices(pids);
    }

    private void startMail() {
        mail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(settings.ports().smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(settings.ports().imap(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        started.push(mail::stop);
    }

    private void startSimulator() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(settings.ports().simulator())
                .account(
                        settings.secrets().twilioAccountSid(),
                        settings.secrets().twilioAuthToken())
                .smsWebhookUrl(settings.gatewayUrl() + "/webhooks/twilio/sms/inbound")
                .voiceWebhookUrl(settings.gatewayUrl() + "/webhooks/twilio/voice/inbound")
                .incomingNumber(
                        ServiceArguments.HOTLINE_NUMBER, settings.gatewayUrl() + "/webhooks/twilio/voice/inbound")
                .build());
        started.push(simulator);
    }

    private void startServices(StaleProcesses pids) {
        List<ServiceProcess> services = List.of(
                ServiceProcess.start(
                        "incident-service",
                        settings.jars().incidentService(),
                        settings.incidentServiceUrl(),
                        ServiceArguments.incidentService(settings),
                        settings.logs(),
                        pids),
                ServiceProcess.start(
                        "notifier",
                        settings.jars().notifier(),
                        settings.notifierUrl(),
                        ServiceArguments.notifier(settings),
                        settings.logs(),
                        pids),
                ServiceProcess.start(
                        "inbound-gateway",
                        settings.jars().gateway(),
                        settings.gatewayUrl(),
                        ServiceArguments.gateway(settings),
                        settings.logs(),
                        pids));
        services.forEach(started::push);
        for (ServiceProcess service : services) {
            log.info("Waiting for {} (log: {})", service.name(), service.logFile());
            service.awaitHealthy();
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public PhoneSimulator simulator() {
        return simulator;
    }

    public GreenMail mail() {
        return mail;
    }

    /** Stops everything this stack started, newest first; a part that fails to stop does not keep the rest running. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                log.warn("A part of the local stack did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
