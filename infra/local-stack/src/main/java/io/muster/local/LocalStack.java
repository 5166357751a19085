package io.muster.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole system on loopback, in dependency order, and stops it in reverse: PostgreSQL,
 * a KRaft broker, SMTP/IMAP, the phone simulator, then the three services, one or more instances of each
 * ({@link StackSettings#instances()}; with several, the provider reaches the gateways through a
 * {@link GatewayBalancer}). Each process of it is a {@link StackPart} known by name ({@link #parts()}),
 * which can be stopped, killed and started again with the same command while the rest runs on.
 */
public final class LocalStack implements StackControl, AutoCloseable {

    public static final String POSTGRES = PostgresServer.NAME;
    public static final String KAFKA = KafkaBroker.NAME;
    public static final String INCIDENT_SERVICE = "incident-service";
    public static final String NOTIFIER = "notifier";
    public static final String GATEWAY = "inbound-gateway";

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, StackPart> parts = new LinkedHashMap<>();
    private GreenMail mail;
    private PhoneSimulator simulator;
    private GatewayBalancer balancer;

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
        startPart(PostgresServer.of(settings.dataDirectory(), settings.ports().postgres()));
        log.info("Starting Kafka (KRaft) on {}", settings.ports().kafka());
        startPart(KafkaBroker.of(settings, pids));
        startMail();
        startGatewayBalancer();
        startSimulator();
        startServices(pids);
    }

    private void startPart(StackPart part) {
        register(part);
        part.start();
    }

    private void register(StackPart part) {
        parts.put(part.name(), part);
        started.push(part);
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
                .webhookRetries(true)
                .build());
        started.push(simulator);
    }

    /** With several gateways, the provider's one URL is a balancer in front of them (as in production). */
    private void startGatewayBalancer() {
        if (settings.instances() == 1) {
            return;
        }
        List<GatewayBalancer.Upstream> gateways = IntStream.rangeClosed(1, settings.instances())
                .mapToObj(i -> new GatewayBalancer.Upstream(instanceName(GATEWAY, i), settings.gatewayUrl(i)))
                .toList();
        log.info(
                "Starting the gateway balancer on {} in front of {}",
                settings.ports().gateway(),
                gateways);
        balancer = GatewayBalancer.start(settings.ports().gateway(), gateways);
        started.push(balancer);
    }

    /**
     * Every instance of every service starts side by side (each JVM takes a while) and then each is awaited.
     * The instances need not wait for one another, as pods of a Deployment do not: Flyway migrates each schema
     * once under its lock while the other instances wait for it, creating a topic that another instance has just
     * created is not an error, and only the first incident-service seeds the demo.
     */
    private void startServices(StaleProcesses pids) {
        List<ServiceProcess> services = new ArrayList<>();
        for (int i = 1; i <= settings.instances(); i++) {
            services.add(ServiceProcess.of(
                    instanceName(INCIDENT_SERVICE, i),
                    settings.jars().incidentService(),
                    settings.incidentServiceUrl(i),
                    settings.serviceJvmOptions(),
                    ServiceArguments.incidentService(settings, i),
                    settings.logs(),
                    pids));
            services.add(ServiceProcess.of(
                    instanceName(NOTIFIER, i),
                    settings.jars().notifier(),
                    settings.notifierUrl(i),
                    settings.serviceJvmOptions(),
                    ServiceArguments.notifier(settings, i),
                    settings.logs(),
                    pids));
            services.add(ServiceProcess.of(
                    instanceName(GATEWAY, i),
                    settings.jars().gateway(),
                    settings.gatewayUrl(i),
                    settings.serviceJvmOptions(),
                    ServiceArguments.gateway(settings, i),
                    settings.logs(),
                    pids));
        }
        for (ServiceProcess service : services) {
            register(service);
            service.launch();
        }
        for (ServiceProcess service : services) {
            log.info("Waiting for {} (log: {})", service.name(), service.logFile());
            service.awaitReady();
        }
    }

    /**
     * A service instance's name, for the parts, the logs and the pid files: the service's own name for the
     * first instance (as with one instance), {@code notifier-2} and so on for the others.
     */
    public static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
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

    /** How many times the gateway balancer sent a request on to another instance (0 with one instance). */
    public long gatewayFailovers() {
        return balancer == null ? 0 : balancer.failovers();
    }

    /**
     * Starts the parts again side by side (each with its own command) and waits until every one is ready:
     * what a fault that took several instances down needs, without paying for their JVM starts one by one.
     */
    public void start(List<String> names) {
        List<StackPart> some = names.stream().map(this::part).toList();
        log.info("Starting {}", names);
        some.forEach(StackPart::launch);
        some.forEach(StackPart::awaitReady);
    }

    /** The names of the parts that run as processes of their own, in start order. */
    @Override
    public List<String> parts() {
        return List.copyOf(parts.keySet());
    }

    /** {@code kill -9} of the part's processes; the rest of the stack runs on. */
    @Override
    public void kill(String name) {
        log.info("Killing {} (kill -9)", name);
        part(name).kill();
    }

    /** Stops the part as an operator would; the rest of the stack runs on. */
    @Override
    public void stop(String name) {
        log.info("Stopping {}", name);
        part(name).stop();
    }

    /** Starts the part again with the same command and waits until it is ready. */
    @Override
    public void start(String name) {
        log.info("Starting {}", name);
        part(name).start();
    }

    /** Whether the part's main process runs (it may not be ready yet). */
    public boolean running(String name) {
        return part(name).running();
    }

    private StackPart part(String name) {
        StackPart part = parts.get(name);
        if (part == null) {
            throw new IllegalArgumentException("No part named '" + name + "'; the parts are " + parts.keySet());
        }
        return part;
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
