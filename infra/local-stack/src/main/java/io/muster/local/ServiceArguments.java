package io.muster.local;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The command-line settings that point each service instance at the local infrastructure and at each other.
 * Instances of one service share the broker, the database and the gateway's public entry; what is each
 * instance's own is its port, its Kafka member id ({@code muster.kafka.instance-id}: static group
 * membership, distinct per instance) and, for the gateway, its spool directory.
 */
final class ServiceArguments {

    static final String SERVICE_NUMBER = "+15550009999";
    static final String MAIL_DOMAIN = "demo.muster.local";
    static final String REPLY_ADDRESS = "replies@" + MAIL_DOMAIN;
    static final String HOTLINE_NUMBER = "+15550000100";
    static final String OPERATOR = "operator";

    private ServiceArguments() {}

    static List<String> incidentService(StackSettings settings, int instance) {
        List<String> args = common(settings, LocalStack.INCIDENT_SERVICE, instance);
        // the first instance seeds the demo organisation; the others find it there
        args.add("--muster.demo.enabled=" + (instance == 1));
        args.add("--muster.demo.password=" + settings.secrets().demoPassword());
        args.add("--spring.mail.host=127.0.0.1");
        args.add("--spring.mail.port=" + settings.ports().smtp());
        args.add("--muster.subscribers.from=status@" + MAIL_DOMAIN);
        args.add("--muster.subscribers.secret=" + settings.secrets().derived("subscribers"));
        args.add("--muster.public-status.base-url=" + settings.incidentServiceUrl());
        args.add("--muster.hotline.recording-base-url=" + settings.simulatorUrl() + "/2010-04-01/Accounts/");
        args.add("--muster.hotline.account-sid=" + settings.secrets().twilioAccountSid());
        // launch by phone: the gateway's hotline presents this token (MUSTER_SCENARIOS_HOTLINE_TOKENS)
        args.add("--muster.scenarios.hotline-tokens=" + hotlineScenariosToken(settings));
        return args;
    }

    private static String hotlineScenariosToken(StackSettings settings) {
        return settings.secrets().derived("hotline-scenarios");
    }

    static List<String> notifier(StackSettings settings, int instance) {
        List<String> args = common(settings, LocalStack.NOTIFIER, instance);
        args.add("--spring.mail.host=127.0.0.1");
        args.add("--spring.mail.port=" + settings.ports().smtp());
        args.add("--muster.mail.from=alerts@" + MAIL_DOMAIN);
        args.add("--muster.mail.domain=" + MAIL_DOMAIN);
        args.add("--muster.mail.reply-address=" + REPLY_ADDRESS);
        args.add("--muster.tokens.secrets=" + settings.secrets().answerTokenSecret());
        args.add("--muster.twilio.account-sid=" + settings.secrets().twilioAccountSid());
        args.add("--muster.twilio.auth-token=" + settings.secrets().twilioAuthToken());
        args.add("--muster.twilio.from-number=" + SERVICE_NUMBER);
        args.add("--muster.twilio.base-url=" + settings.simulatorUrl());
        args.add("--muster.notifier.callback-base-url=" + settings.gatewayUrl());
        return args;
    }

    static List<String> gateway(StackSettings settings, int instance) {
        List<String> args = common(settings, LocalStack.GATEWAY, instance);
        // the gateway alone reads and writes over R2DBC (the others over JDBC, from common's settings)
        args.add("--spring.r2dbc.url=" + settings.r2dbcUrl());
        args.add("--spring.r2dbc.username=" + PostgresServer.USER);
        args.add("--spring.r2dbc.password=" + PostgresServer.PASSWORD);
        // the URL the provider calls, whichever instance takes the call: signatures are checked on it
        args.add("--muster.gateway.public-base-url=" + settings.gatewayUrl());
        args.add("--muster.twilio.auth-tokens=" + settings.secrets().twilioAuthToken());
        args.add("--muster.tokens.secrets=" + settings.secrets().answerTokenSecret());
        args.add("--muster.mail.imap.host=127.0.0.1");
        args.add("--muster.mail.imap.port=" + settings.ports().imap());
        args.add("--muster.mail.imap.username=" + REPLY_ADDRESS);
        args.add("--muster.mail.imap.password=" + REPLY_ADDRESS);
        args.add("--muster.gateway.operators[0].username=" + OPERATOR);
        args.add("--muster.gateway.operators[0].password={bcrypt}"
                + new BCryptPasswordEncoder().encode(settings.secrets().demoPassword()));
        args.add("--muster.gateway.operators[0].roles=OPERATOR,HR");
        // ringing a member into the crisis bridge (docs/bridge.md): through the phone simulator's Calls.json
        args.add("--muster.bridge.account-sid=" + settings.secrets().twilioAccountSid());
        args.add("--muster.bridge.auth-token=" + settings.secrets().twilioAuthToken());
        args.add("--muster.bridge.from-number=" + SERVICE_NUMBER);
        args.add("--muster.bridge.api-base-url=" + settings.simulatorUrl());
        // launch by phone (docs/hotline.md): the first incident-service instance, with the token it accepts
        args.add("--muster.hotline.scenarios.base-url=" + settings.incidentServiceUrl());
        args.add("--muster.hotline.scenarios.service-token=" + hotlineScenariosToken(settings));
        // what the provider sends while PostgreSQL is away waits here, with the rest of the stack's data; one
        // directory per instance: an instance replays only what it spooled itself
        args.add("--muster.gateway.spool.directory="
                + settings.dataDirectory().resolve(instance == 1 ? "gateway-spool" : "gateway-spool-" + instance));
        return args;
    }

    private static int port(StackSettings settings, String service, int instance) {
        StackPorts ports = settings.ports();
        List<Integer> instances =
                switch (service) {
                    case LocalStack.INCIDENT_SERVICE -> ports.incidentServices();
                    case LocalStack.NOTIFIER -> ports.notifiers();
                    default -> ports.gateways();
                };
        return instances.get(instance - 1);
    }

    private static List<String> common(StackSettings settings, String service, int instance) {
        return new ArrayList<>(List.of(
                "--server.port=" + port(settings, service, instance),
                "--muster.kafka.instance-id=" + LocalStack.instanceName(service, instance),
                "--server.address=127.0.0.1",
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap(),
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=" + PostgresServer.PASSWORD,
                "--spring.flyway.url=" + settings.jdbcUrl(),
                "--spring.flyway.user=" + PostgresServer.USER,
                "--spring.flyway.password=" + PostgresServer.PASSWORD));
    }
}
