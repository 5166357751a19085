package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.CallOutcome;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.WebhookResult;
import io.muster.testkit.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The whole alert loop across the three services, each in its own JVM (two instances of each in the
 * build: {@link SharedStack}), on the real infrastructure the run command starts: declare, SMS and email
 * out, a signed reply back through the gateways' balancer, the per-person state in the incident.
 */
@ExtendWith(SharedStack.Resolver.class)
class LocalStackEndToEndTests {

    private static final Duration LOOP = Duration.ofSeconds(60);
    private static final Pattern CODE = Pattern.compile("code (\\d+)");

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void useTheStack(SharedStack shared) {
        stack = shared.stack();
        client = shared.client();
    }

    @Test
    void declaredIncidentReachesPhonesAndRepliesBecomeEachPersonsState() {
        String title = "Flood at Riverside " + UUID.randomUUID();
        String incidentId = declare(title, "E001", "E002", "E003");

        String code1 = replyCodeIn(awaitSms("+15550100001", title));
        String code2 = replyCodeIn(awaitSms("+15550100002", title));
        awaitSms("+15550100003", title);

        WebhookResult safe = stack.simulator().replySms("+15550100001", "1 " + code1);
        WebhookResult help = stack.simulator().replySms("+15550100002", "2 " + code2);
        assertThat(safe.status()).isEqualTo(200);
        assertThat(help.status()).isEqualTo(200);

        await().atMost(LOOP).untilAsserted(() -> {
            JsonNode incident = client.getAs("commander", "/api/incidents/" + incidentId);
            JsonNode counts = incident.get("counts");
            assertThat(counts.get("targeted").asInt()).isEqualTo(3);
            assertThat(counts.get("sent").asInt()).isEqualTo(3);
            assertThat(counts.get("delivered").asInt()).isEqualTo(3);
            assertThat(counts.get("answered").asInt()).isEqualTo(2);
            assertThat(counts.get("safe").asInt()).isEqualTo(1);
            assertThat(counts.get("needHelp").asInt()).isEqualTo(1);
            assertThat(counts.get("noAnswer").asInt()).isEqualTo(1);
            assertThat(stateOf(incident, "E001")).isEqualTo("SAFE");
            assertThat(stateOf(incident, "E002")).isEqualTo("NEEDS_HELP");
            assertThat(stateOf(incident, "E003")).isEqualTo("NO_RESPONSE");
            assertThat(recipient(incident, "E001").get("answerChannel").asText())
                    .isEqualTo("SMS");
            assertThat(channelsOf(incident, "E001")).contains("SMS");
        });
    }

    @Test
    void anUndeliverableSmsFailsOverToAVoiceCallAnsweredOnTheKeypad() {
        String phone = "+15550100005";
        stack.simulator().numbers().undeliverable(phone);
        String title = "Chemical spill " + UUID.randomUUID();
        String incidentId = declare(title, "E005");

        await().atMost(LOOP).until(() -> !voiceWith(phone, "spill").isEmpty());
        await().atMost(LOOP).until(() -> stack.simulator().pressKeys(phone, "1").status() == 200);

        await().atMost(LOOP).untilAsserted(() -> {
            JsonNode incident = client.getAs("commander", "/api/incidents/" + incidentId);
            assertThat(stateOf(incident, "E005")).isEqualTo("SAFE");
            assertThat(recipient(incident, "E005").get("answerChannel").asText())
                    .isEqualTo("VOICE");
        });
    }

    @Test
    void someoneUnreachableBySmsAndVoiceGetsAnEmailAndTheirEmailReplyCounts() throws Exception {
        String phone = "+15550100006";
        stack.simulator().numbers().undeliverable(phone);
        stack.simulator().numbers().callOutcome(phone, CallOutcome.BUSY);
        String title = "Cyber attack " + UUID.randomUUID();
        String incidentId = declare(title, "E006");

        MimeMessage alert = awaitEmailWithSubjectContaining(title);
        Transport.send(replyTo(alert, "1\n\nOn Monday Muster wrote:\n> " + title + "\n"));

        await().atMost(LOOP).untilAsserted(() -> {
            JsonNode incident = client.getAs("commander", "/api/incidents/" + incidentId);
            assertThat(stateOf(incident, "E006")).isEqualTo("SAFE");
            assertThat(recipient(incident, "E006").get("answerChannel").asText())
                    .isEqualTo("EMAIL");
        });
    }

    @Test
    void forgedReplyWebhookIsRejectedAndChangesNothing() {
        String title = "Power loss " + UUID.randomUUID();
        String incidentId = declare(title, "E004");
        awaitSms("+15550100004", title);
        Map<String, String> reply = Map.of(
                "MessageSid",
                "SM" + UUID.randomUUID().toString().replace("-", ""),
                "AccountSid",
                stack.settings().secrets().twilioAccountSid(),
                "From",
                "+15550100004",
                "To",
                ServiceArguments.SERVICE_NUMBER,
                "Body",
                "1");

        HttpResponse<String> forged = client.postWebhook("/webhooks/twilio/sms/inbound", reply, "Zm9yZ2Vk");
        HttpResponse<String> unsigned = client.postWebhook("/webhooks/twilio/sms/inbound", reply, null);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        JsonNode incident = client.getAs("commander", "/api/incidents/" + incidentId);
        assertThat(incident.get("counts").get("answered").asInt()).isZero();
        assertThat(stateOf(incident, "E004")).isEqualTo("NO_RESPONSE");
    }

    @Test
    void redeliveredNotificationRequestDoesNotSendASecondSms() throws Exception {
        String phone = "+15550100010";
        String title = "Gas leak " + UUID.randomUUID();
        String incidentId = declare(title, "E010");
        awaitSms(phone, title);
        ConsumerRecord<String, String> request = notificationRequestOf(incidentId);

        redeliver(request);
        String canaryTitle = "Canary " + UUID.randomUUID();
        declare(canaryTitle, "E010");
        // Same key, same partition: once the later request's SMS is out, the redelivered one was processed.
        awaitSms(phone, canaryTitle);

        assertThat(smsWith(phone, title)).hasSize(1);
    }

    /**
     * Every instance of each service takes part in its service's consumer groups: the partitions are shared
     * out among the instances (each partition read by one consumer), not read once per instance.
     */
    @Test
    void everyInstanceOfEachServiceSharesItsConsumerGroups() {
        Map<String, String> groups = Map.of(
                "incident-service", LocalStack.INCIDENT_SERVICE,
                "notifier", LocalStack.NOTIFIER,
                "inbound-gateway", LocalStack.GATEWAY);
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.settings().kafkaBootstrap()))) {
            groups.forEach((group, service) -> await("instances in the consumer group " + group)
                    .atMost(LOOP)
                    .ignoreExceptions()
                    .untilAsserted(() -> {
                        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                                .all()
                                .get()
                                .get(group);
                        List<String> members = description.members().stream()
                                .map(member -> member.groupInstanceId().orElse(""))
                                .toList();
                        for (int i = 1; i <= stack.settings().instances(); i++) {
                            assertThat(members)
                                    .as("members of %s from %s", group, LocalStack.instanceName(service, i))
                                    .anyMatch(memberOf(
                                            service, i, stack.settings().instances()));
                        }
                        assertThat(description.members().stream()
                                        .flatMap(member -> member.assignment().topicPartitions().stream())
                                        .toList())
                                .as("partitions of %s, each assigned once", group)
                                .doesNotHaveDuplicates();
                    }));
        }
    }

    /** A member id is {@code <instance-id>-<listener>...}: instance 1's is the service's name, the others' add -N. */
    private static java.util.function.Predicate<String> memberOf(String service, int instance, int instances) {
        return id -> {
            for (int other = 2; other <= instances; other++) {
                if (id.startsWith(LocalStack.instanceName(service, other) + "-")) {
                    return other == instance;
                }
            }
            return instance == 1 && id.startsWith(service + "-");
        };
    }

    private String declare(String title, String... employeeIds) {
        String ids = String.join("\",\"", Arrays.asList(employeeIds));
        HttpResponse<String> response = client.postAs(
                "commander",
                "/api/incidents",
                """
                {"title":"%s","message":"Go to the assembly point.","severity":"HIGH",
                 "priority":"LIFE_SAFETY","notify":{"employeeIds":["%s"]}}"""
                        .formatted(title, ids));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StackClient.json(response.body()).get("id").asText();
    }

    private PhoneMessage awaitSms(String phone, String text) {
        await().atMost(LOOP).until(() -> !smsWith(phone, text).isEmpty());
        return smsWith(phone, text).getFirst();
    }

    private List<PhoneMessage> smsWith(String phone, String text) {
        return stack.simulator().inbox(phone).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.SMS && m.body().contains(text))
                .toList();
    }

    private List<PhoneMessage> voiceWith(String phone, String text) {
        return stack.simulator().inbox(phone).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.VOICE && m.body().contains(text))
                .toList();
    }

    /** What a mail client sends when the person hits Reply: to Reply-To, with In-Reply-To and References. */
    private MimeMessage replyTo(MimeMessage alert, String text) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(stack.settings().ports().smtp()));
        MimeMessage reply = new MimeMessage(Session.getInstance(smtp));
        reply.setFrom(alert.getAllRecipients()[0]);
        reply.setRecipients(Message.RecipientType.TO, alert.getReplyTo());
        reply.setSubject("Re: " + alert.getSubject());
        reply.setHeader("In-Reply-To", alert.getMessageID());
        reply.setHeader("References", alert.getMessageID());
        reply.setText(text);
        return reply;
    }

    private static String replyCodeIn(PhoneMessage sms) {
        Matcher matcher = CODE.matcher(sms.body());
        assertThat(matcher.find()).as("reply code in: " + sms.body()).isTrue();
        return matcher.group(1);
    }

    private MimeMessage awaitEmailWithSubjectContaining(String text) throws Exception {
        await().atMost(LOOP).until(() -> emailWithSubject(text) != null);
        return emailWithSubject(text);
    }

    private MimeMessage emailWithSubject(String text) throws Exception {
        for (MimeMessage message : stack.mail().getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject != null && subject.contains(text) && !subject.startsWith("Re:")) {
                return message;
            }
        }
        return null;
    }

    private ConsumerRecord<String, String> notificationRequestOf(String incidentId) {
        try (TopicProbe probe = TopicProbe.on(
                stack.settings().kafkaBootstrap(),
                "muster.notification-request.v1",
                "muster.notification-request.priority.v1")) {
            return probe.awaitRecord(r -> r.value().contains(incidentId), LOOP);
        }
    }

    private void redeliver(ConsumerRecord<String, String> request) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.settings().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(request.topic(), request.key(), request.value()))
                    .get();
        }
    }

    private static JsonNode recipient(JsonNode incident, String employeeId) {
        for (JsonNode recipient : incident.get("recipients")) {
            if (recipient.get("employeeId").asText().equals(employeeId)) {
                return recipient;
            }
        }
        throw new AssertionError("No recipient " + employeeId + " in " + incident);
    }

    private static String stateOf(JsonNode incident, String employeeId) {
        return recipient(incident, employeeId).get("state").asText();
    }

    private static List<String> channelsOf(JsonNode incident, String employeeId) {
        return recipient(incident, employeeId)
                .get("channels")
                .valueStream()
                .map(c -> c.get("channel").asText())
                .toList();
    }
}
