package io.muster.local;

import java.util.List;

/** What the run command prints once everything is up: where to go and how to sign in. */
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
}
