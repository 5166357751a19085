package io.muster.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer in a process of its own, joined to a group with a service's own consumer settings, that
 * a test can kill with SIGKILL ({@code kill -9}): it leaves no goodbye, so the group notices only
 * when its session times out, exactly as when a service instance is killed.
 */
public final class KillableConsumer implements AutoCloseable {

    private final Process process;
    private final String clientId;
    private final String topic;
    private final String group;
    private final String bootstrapServers;
    private final CompletableFuture<Void> assigned = new CompletableFuture<>();

    private KillableConsumer(Process process, String clientId, String topic, Map<String, Object> settings) {
        this.process = process;
        this.clientId = clientId;
        this.topic = topic;
        this.group = String.valueOf(settings.get(ConsumerConfig.GROUP_ID_CONFIG));
        this.bootstrapServers = setting(settings.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        Thread.ofVirtual().name("killable-consumer-output").start(this::readOutput);
    }

    /**
     * Starts the process and returns once it holds at least one partition of {@code topic}.
     *
     * @param settings the service's consumer settings (bootstrap servers, group id, session timeout, ...)
     */
    public static KillableConsumer joined(String topic, Map<String, Object> settings, Duration timeout) {
        String clientId = "killable-" + UUID.randomUUID();
        Map<String, Object> own = new HashMap<>(settings);
        own.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        own.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        own.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                GroupMember.class.getName(),
                topic));
        own.forEach((key, value) -> command.add(key + "=" + setting(value)));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            KillableConsumer member = new KillableConsumer(process, clientId, topic, own);
            member.awaitAssignment(timeout);
            return member;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a consumer process", e);
        }
    }

    private static String setting(Object value) {
        return value instanceof java.util.Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(","))
                : value instanceof Class<?> type ? type.getName() : String.valueOf(value);
    }

    /** SIGKILL, then how long until every partition of the topic belongs to a live member of the group again. */
    public Duration killAndAwaitPartitionsMoved(Duration timeout) {
        long killedAt = System.nanoTime();
        kill();
        long deadline = killedAt + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                if (movedToOthers(admin)) {
                    return Duration.ofNanos(System.nanoTime() - killedAt);
                }
                Thread.sleep(100); // polling the group's state, not synchronising with it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("The killed member's partitions did not move within " + timeout);
    }

    /** SIGKILL: no leave-group request, no offset commit, no clean-up. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private boolean movedToOthers(Admin admin) {
        try {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            if (description.members().stream()
                    .anyMatch(member -> member.clientId().equals(clientId))) {
                return false;
            }
            Set<TopicPartition> owned = description.members().stream()
                    .map(MemberDescription::assignment)
                    .flatMap(assignment -> assignment.topicPartitions().stream())
                    .filter(partition -> partition.topic().equals(topic))
                    .collect(Collectors.toSet());
            int partitions = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .size();
            return owned.size() == partitions;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drains the process's output (a full pipe would stall it) and notes its first assignment. */
    private void readOutput() {
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("ASSIGNED ") && !line.equals("ASSIGNED 0")) {
                    assigned.complete(null);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        assigned.completeExceptionally(new IllegalStateException("The consumer process ended"));
    }

    private void awaitAssignment(Duration timeout) {
        try {
            assigned.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new IllegalStateException("The consumer process got no partition within " + timeout, e);
        }
    }
}
