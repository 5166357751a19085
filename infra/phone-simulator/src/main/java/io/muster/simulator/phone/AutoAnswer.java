package io.muster.simulator.phone;

import io.muster.simulator.AutoAnswerPolicy;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Lets a share of the phones answer by themselves after a random delay, as the policy says. */
public final class AutoAnswer implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("phone-simulator-auto-answer").factory());
    private final Executor workers;
    private volatile AutoAnswerPolicy policy = AutoAnswerPolicy.off();

    public AutoAnswer(Executor workers) {
        this.workers = workers;
    }

    public void use(AutoAnswerPolicy policy) {
        this.policy = policy;
    }

    public AutoAnswerPolicy policy() {
        return policy;
    }

    /** Maybe answers an SMS the phone received: {@code reply} runs later with the policy's reply text. */
    public void onSms(Consumer<String> reply) {
        AutoAnswerPolicy current = policy;
        if (answers(current, current.smsReply())) {
            later(current, () -> reply.accept(current.smsReply()));
        }
    }

    /** Maybe presses keys on a call waiting in a Gather: {@code press} runs later with the policy's digits. */
    public void onGather(Consumer<String> press) {
        AutoAnswerPolicy current = policy;
        if (answers(current, current.keypad())) {
            later(current, () -> press.accept(current.keypad()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static boolean answers(AutoAnswerPolicy policy, String answer) {
        return policy.enabled()
                && answer != null
                && !answer.isBlank()
                && ThreadLocalRandom.current().nextDouble() < policy.share();
    }

    private void later(AutoAnswerPolicy policy, Runnable answer) {
        long min = policy.minDelay().toMillis();
        long max = policy.maxDelay().toMillis();
        long delay = min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
        timer.schedule(() -> workers.execute(answer), Duration.ofMillis(delay).toMillis(), TimeUnit.MILLISECONDS);
    }
}
