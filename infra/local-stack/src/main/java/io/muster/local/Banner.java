package io.muster.local;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What the run command prints once everything is up: where to go and how to sign in, and with several
 * instances which instance listens where.
 */
final class Banner {

    private Banner() {}

    static String of(StackSettings s, List<String> parts) {
        String password = s.secrets().demoPassword();
        return """

                ================================================================================
                 Muster is running on loopback. Data: %s (start with --reset to wipe it)

                 Console            %s/console/   sign in with a demo user below
                 Public status page %s/status
                 Incident service   %s        API under /api, OpenAPI at /v3/api-docs.yaml
                 Phone simulator    %s        phones and their messages; reply from here
                 Inbound gateway    %s        Twilio webhooks, answer pages (/answer/<token>),
                                    operator API /api/inbound (user %s)
                 Call-in hotline    %s (simulator: POST /sim/phones/<number>/dial, see docs/hotline.md)
                 Notifier           %s/actuator/health
%s
                 Kafka %s · PostgreSQL 127.0.0.1:%d/%s (postgres/postgres)
                 SMTP 127.0.0.1:%d · IMAP 127.0.0.1:%d (any mailbox, any password; replies go to %s)
                 Logs: %s

                 Demo users (password %s): commander, team, hr, spokesperson, employee, admin
                 Demo people: E001..E050, phones +15550100001..+15550100050

                 Try it:
                   curl -u commander:%s %s/api/incidents -H 'Content-Type: application/json' \\
                     -d '{"title":"Fire drill","message":"Leave the building.","severity":"HIGH","notify":{"employeeIds":["E001","E002"]}}'
                   then open %s and reply 1 from +15550100001

                 Type here to take one part down and bring it back: kill NAME (kill -9), stop NAME,
                 start NAME, restart NAME; parts: %s
                 Ctrl-C stops everything.
                ================================================================================
                """
                .formatted(
                        s.dataDirectory(),
                        s.incidentServiceUrl(),
                        s.incidentServiceUrl(),
                        s.incidentServiceUrl(),
                        s.simulatorUrl(),
                        s.gatewayUrl(),
                        ServiceArguments.OPERATOR,
                        ServiceArguments.HOTLINE_NUMBER,
                        s.notifierUrl(),
                        instances(s),
                        s.kafkaBootstrap(),
                        s.ports().postgres(),
                        PostgresServer.DATABASE,
                        s.ports().smtp(),
                        s.ports().imap(),
                        ServiceArguments.REPLY_ADDRESS,
                        s.logs(),
                        password,
                        password,
                        s.incidentServiceUrl(),
                        s.simulatorUrl(),
                        String.join(", ", parts));
    }

    /** With one instance nothing (the lines above say it all); with several, one line per instance. */
    static String instances(StackSettings s) {
        if (s.instances() == 1) {
            return "";
        }
        StringBuilder lines = new StringBuilder(
                """

                 %d instances of each service, one broker, one database. The URLs above are instance 1's; the
                 inbound gateway's (%s) is a balancer in front of the gateways, moving on to the next one
                 when an instance does not answer. Each instance (name: part to kill/stop/start):
                """
                        .formatted(s.instances(), s.gatewayUrl()));
        IntStream.rangeClosed(1, s.instances())
                .forEach(i -> lines.append("   instance %d   %-18s %s   %-19s %s   %-20s %s%n"
                        .formatted(
                                i,
                                LocalStack.instanceName(LocalStack.INCIDENT_SERVICE, i),
                                s.incidentServiceUrl(i),
                                LocalStack.instanceName(LocalStack.NOTIFIER, i),
                                s.notifierUrl(i),
                                LocalStack.instanceName(LocalStack.GATEWAY, i),
                                s.gatewayUrl(i))));
        // as indented as the banner around it
        return lines.toString().indent(16);
    }
}
